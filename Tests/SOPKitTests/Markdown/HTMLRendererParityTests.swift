import Testing

@testable import SOPKit

/// Byte-for-byte parity with `cmark` 0.30.2 on CommonMark input: the stored `.html` files
/// are cmark's own output, never edited.
@Suite struct HTMLRendererParityTests {
  @Test func sampleSetHasEnoughSnippets() throws {
    #expect(try MarkdownFixtures.samples(in: "samples").count >= 60)
  }

  @Test(arguments: try MarkdownFixtures.samples(in: "samples").map(\.name))
  func snippetMatchesCmark(name: String) throws {
    let sample = try #require(try MarkdownFixtures.samples(in: "samples").first { $0.name == name })
    let html = HTMLRenderer().render(try MarkdownParser.parseCommonMark(sample.markdown))
    #expect(MarkdownFixtures.withoutHeadingIDs(html) == sample.expectedHTML)
  }

  @Test(arguments: try MarkdownFixtures.samples(in: "documents").map(\.name))
  func documentMatchesCmark(name: String) throws {
    let sample = try #require(try MarkdownFixtures.samples(in: "documents").first { $0.name == name })
    let html = HTMLRenderer().render(try MarkdownParser.parseCommonMark(sample.markdown))
    #expect(MarkdownFixtures.withoutHeadingIDs(html) == sample.expectedHTML)
  }
}
