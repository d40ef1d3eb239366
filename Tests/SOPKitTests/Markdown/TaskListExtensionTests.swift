import Testing

@testable import SOPKit

@Suite struct TaskListExtensionTests {
  private func render(_ markdown: String) throws -> String {
    let tree = HTMLRenderer().render(try MarkdownParser.parse(markdown))
    #expect(try HTMLRenderer().render(markdown: markdown) == tree)
    return tree
  }

  @Test func tightTaskList() throws {
    #expect(
      try render("- [ ] Reason code recorded\n- [x] Invoice *flagged*\n- [X] Done\n- plain\n")
        == "<ul>\n<li><input type=\"checkbox\" disabled=\"\" aria-label=\"To do\" /> Reason code recorded</li>\n"
        + "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> Invoice <em>flagged</em></li>\n"
        + "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> Done</li>\n<li>plain</li>\n</ul>\n"
    )
  }

  /// A screen reader hears what each box is, in the SOP's language (axe: form controls need a
  /// name; cmark-gfm's boxes have none).
  @Test func aSpanishSOPNamesItsBoxesInSpanish() throws {
    let html = SOPRenderer.renderer(.es).render(try MarkdownParser.parse("- [ ] Llamar\n- [x] Anotar\n"))
    #expect(html.contains("disabled=\"\" aria-label=\"Pendiente\" /> Llamar"))
    #expect(html.contains("checked=\"\" disabled=\"\" aria-label=\"Hecho\" /> Anotar"))
  }

  @Test func looseTaskListPutsTheBoxBeforeTheParagraph() throws {
    #expect(
      try render("1. [ ] one\n\n2. [x] two\n")
        == "<ol>\n<li><input type=\"checkbox\" disabled=\"\" aria-label=\"To do\" /> \n<p>one</p>\n</li>\n"
        + "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> \n<p>two</p>\n</li>\n</ol>\n"
    )
  }

  @Test func markerAloneOnItsLine() throws {
    #expect(
      try render("- [ ]\n  call back\n")
        == "<ul>\n<li><input type=\"checkbox\" disabled=\"\" aria-label=\"To do\" /> call back</li>\n</ul>\n")
  }

  @Test func treeHoldsTaskItemsWithoutTheMarker() throws {
    let document = try MarkdownParser.parse("- [x] Invoice flagged\n- [ ] Resolver notified\n")
    let items = try #require(document.children.first).children
    #expect(items.map(\.kind) == [.taskItem(checked: true), .taskItem(checked: false)])
    #expect(items.map(\.plainText) == ["Invoice flagged", "Resolver notified"])
  }

  @Test func notTaskItems() throws {
    #expect(try render("- [x]y\n") == "<ul>\n<li>[x]y</li>\n</ul>\n")
    #expect(try render("- [-] maybe\n") == "<ul>\n<li>[-] maybe</li>\n</ul>\n")
    #expect(try render("- [ ]\n") == "<ul>\n<li>[ ]</li>\n</ul>\n")
    #expect(try render("[ ] not in a list\n") == "<p>[ ] not in a list</p>\n")
    #expect(try render("- text\n\n  [ ] second paragraph\n").contains("<p>[ ] second paragraph</p>"))
  }
}
