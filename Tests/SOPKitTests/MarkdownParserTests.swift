import Testing

@testable import SOPKit

@Suite struct MarkdownParserTests {
  @Test func headingPositionsAreShiftedByTheFrontMatter() throws {
    let document = try MarkdownParser.parse("# Purpose\n\nText.\n", lineOffset: 5)
    let heading = try #require(document.children.first)
    #expect(heading.kind == .heading(level: 1))
    #expect(heading.range.start.line == 6)
    #expect(heading.plainText == "Purpose")
  }

  @Test func plainTextKeepsTableCellsAndListItemsApart() throws {
    let table = try MarkdownParser.parse("| Motivo | Código |\n|---|---|\n| Promesa incumplida | RA-02 |\n")
    #expect(table.children.first?.plainText == "Motivo · Código\nPromesa incumplida · RA-02")
    let list = try MarkdownParser.parse("- Call the customer\n- Log the promise\n")
    #expect(list.children.first?.plainText == "Call the customer\nLog the promise")
  }

  @Test func deepNestingIsRefusedWithTheLine() {
    let markdown = String(repeating: ">", count: 500) + " deep\n"
    #expect(throws: MarkdownError.nestedTooDeep(line: 1, limit: CommonMark.maximumDepth)) {
      try MarkdownParser.parse(markdown)
    }
  }
}
