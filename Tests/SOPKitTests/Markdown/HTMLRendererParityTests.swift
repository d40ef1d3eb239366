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

  /// The byte path (`academy sop render FILE`) slices table lines out of the same array
  /// cmark reads: it must print what the text path prints.
  @Test(arguments: samples + documents)
  func bytesMatchText(sample: MarkdownFixtures.Sample) throws {
    let bytes = Array(("prefix\n" + sample.markdown).utf8)
    let body = bytes[7...]
    let fromBytes = try HTMLRenderer().renderBytes(markdown: body, lineOffset: 4)
    #expect(fromBytes == Array(try HTMLRenderer().render(markdown: sample.markdown, lineOffset: 4).utf8))
  }

  /// A body of several megabytes runs the parse arena through huge-page blocks and its
  /// free lists, and the output buffer through huge pages: the same HTML as the tree.
  @Test func largeDocumentStreamMatchesExtendedTree() throws {
    let documents = Self.documents.map(\.markdown).joined(separator: "\n\n")
    let markdown = String(
      repeating: documents + "\n\n", count: max(1, 2_000_000 / max(documents.utf8.count, 1)))
    let tree = HTMLRenderer().render(try MarkdownParser.parse(markdown))
    #expect(try HTMLRenderer().render(markdown: markdown) == tree)
    #expect(try HTMLRenderer().renderBytes(markdown: ArraySlice(markdown.utf8)) == Array(tree.utf8))
  }

  /// One parse at a time holds the arena; parses on other threads at the same moment use
  /// cmark's allocator. Both must print the same.
  @Test func concurrentRendersAgree() async throws {
    let markdown = Self.documents.map(\.markdown).joined(separator: "\n\n")
    let expected = try HTMLRenderer().render(markdown: markdown)
    let outputs = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<8 {
        group.addTask { try? HTMLRenderer().render(markdown: markdown) }
      }
      return await group.reduce(into: [String?]()) { $0.append($1) }
    }
    #expect(outputs.count == 8)
    #expect(outputs.allSatisfy { $0 == expected })
  }

  @Test(arguments: samples + documents)
  func streamMatchesExtendedTree(sample: MarkdownFixtures.Sample) throws {
    let tree = HTMLRenderer().render(try MarkdownParser.parse(sample.markdown, lineOffset: 4))
    #expect(try HTMLRenderer().render(markdown: sample.markdown, lineOffset: 4) == tree)
  }
}
