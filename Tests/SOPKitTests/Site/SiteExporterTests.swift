import Foundation
import Testing

@testable import SOPKit

@Suite struct SiteExporterTests {
  @Test func exportWritesTheIndexScriptAndOnePagePerSOP() throws {
    let library = SOPLibrary.load([try SOPFixtures.directory.appendingPathComponent("library").path])
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let index = try SiteExporter.export(library, to: out)
    #expect(index == out.appendingPathComponent("index.html"))
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["COL-001.html", "COL-004-ES.html", "COL-004.html", "index.html", "search.js"])

    let indexHTML = try String(contentsOf: index, encoding: .utf8)
    #expect(indexHTML.contains("<script src=\"search.js\" defer></script>"))
    #expect(!indexHTML.contains("<script>"))
    #expect(
      indexHTML.contains(
        "<h2>disputes</h2>\n<ul class=\"sops\">\n<li data-search=\"col-004 dispute management\"><a href=\"COL-004.html\">"
          + "COL-004 Dispute management</a> <span class=\"sop-language\">English</span></li>\n"
          + "<li data-search=\"col-004-es gestion de disputas\"><a href=\"COL-004-ES.html\">COL-004-ES Gestión de "
          + "disputas</a> <span class=\"sop-language\">Español</span></li>\n</ul>"))

    let english = try String(contentsOf: out.appendingPathComponent("COL-004.html"), encoding: .utf8)
    #expect(
      english.contains(
        "<nav class=\"site\"><a href=\"index.html\">All SOPs</a> <span class=\"languages\"><strong lang=\"en\">English"
          + "</strong> · <a href=\"COL-004-ES.html\" hreflang=\"es\" lang=\"es\">Español</a></span></nav>"))
    #expect(english.contains("<a href=\"COL-001.html#first-contact\">first contact</a>"))
    #expect(!english.contains("<script"))

    let script = try String(contentsOf: out.appendingPathComponent("search.js"), encoding: .utf8)
    #expect(script.contains("getElementById(\"sop-search\")"))
    #expect(!script.contains("http"))
  }

  @Test func pageNamesFallBackToTheFileName() {
    let valid = SOPFixtures.frontMatter() + SOPFixtures.body()
    let documents = [
      SOPFixtures.parse(valid, path: "a/one.md").document,
      SOPFixtures.parse(valid, path: "b/two.md").document,
      SOPFixtures.parse("# No front matter\n", path: "c/Notes Draft.md").document,
    ]
    #expect(
      SiteExporter.pageNames(documents) == [
        "a/one.md": "COL-010.html", "b/two.md": "file-two.html", "c/Notes Draft.md": "file-notes-draft.html",
      ])
  }

  @Test func anUnwritableFolderIsAnError() {
    let library = SOPLibrary(documents: [])
    #expect(throws: SOPError.self) {
      try SiteExporter.export(library, to: URL(fileURLWithPath: "/proc/no-such-place/site"))
    }
  }
}
