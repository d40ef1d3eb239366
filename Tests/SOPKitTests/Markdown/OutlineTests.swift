import Testing

@testable import SOPKit

@Suite struct OutlineTests {
  @Test func headingsInOrderWithRenderedAnchors() throws {
    let markdown = "# Gestión de cobros\n\n## Purpose\n\n> ## Purpose\n\nSetext *title*\n---\n"
    let document = try MarkdownParser.parse(markdown, lineOffset: 6)
    let outline = Outline(document)
    #expect(
      outline.entries == [
        Outline.Entry(level: 1, text: "Gestión de cobros", slug: "gestion-de-cobros", line: 7),
        Outline.Entry(level: 2, text: "Purpose", slug: "purpose", line: 9),
        Outline.Entry(level: 2, text: "Purpose", slug: "purpose-2", line: 11),
        Outline.Entry(level: 2, text: "Setext title", slug: "setext-title", line: 13),
      ])
    let html = HTMLRenderer().render(document)
    for entry in outline.entries {
      #expect(html.contains("<h\(entry.level) id=\"\(entry.slug)\">"))
    }
    #expect(outline.entry(forSlug: "purpose-2")?.line == 11)
    #expect(outline.entry(forSlug: "missing") == nil)
  }
}
