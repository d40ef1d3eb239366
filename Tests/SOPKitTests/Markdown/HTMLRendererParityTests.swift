import Testing

@testable import SOPKit

/// Byte-for-byte parity with `cmark` 0.30.2 on CommonMark input: the stored `.html` files
/// are cmark's own output, never edited. Both ways in (tree walk and cmark stream) must
/// match it; heading anchors are the one deliberate difference and are stripped first.
@Suite struct HTMLRendererParityTests {
  static let samples = (try? MarkdownFixtures.samples(in: "samples")) ?? []
  static let documents = (try? MarkdownFixtures.samples(in: "documents")) ?? []

  @Test func sampleSetHasEnoughSnippets() {
    #expect(Self.samples.count >= 60)
    #expect(Self.documents.count >= 3)
  }

  @Test(arguments: samples)
  func snippetTreeMatchesCmark(sample: MarkdownFixtures.Sample) throws {
    let html = HTMLRenderer().render(try MarkdownParser.parseCommonMark(sample.markdown))
    #expect(MarkdownFixtures.withoutHeadingIDs(html) == sample.expectedHTML)
  }

  @Test(arguments: samples)
  func snippetStreamMatchesCmark(sample: MarkdownFixtures.Sample) throws {
    let html = try HTMLRenderer().render(markdown: sample.markdown)
    #expect(MarkdownFixtures.withoutHeadingIDs(html) == sample.expectedHTML)
  }

  /// Real documents hold tables and task items, so only the strict CommonMark tree is
  /// compared with cmark; the stream must agree with the extended tree instead.
  @Test(arguments: documents)
  func documentMatchesCmark(sample: MarkdownFixtures.Sample) throws {
    let html = HTMLRenderer().render(try MarkdownParser.parseCommonMark(sample.markdown))
    #expect(MarkdownFixtures.withoutHeadingIDs(html) == sample.expectedHTML)
  }

  @Test(arguments: samples + documents)
  func streamMatchesExtendedTree(sample: MarkdownFixtures.Sample) throws {
    let tree = HTMLRenderer().render(try MarkdownParser.parse(sample.markdown, lineOffset: 4))
    #expect(try HTMLRenderer().render(markdown: sample.markdown, lineOffset: 4) == tree)
  }
}
