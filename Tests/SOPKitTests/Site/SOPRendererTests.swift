import Foundation
import Testing

@testable import SOPKit

@Suite struct SOPRendererTests {
  static let process = """
    steps:
      - id: review
        title: Review the account
        action: review_account
        within: {days: 1, of: case_start}
        section: disputes
      - id: contact
        title: Call <AP> & email
        action: [call, email]
        after: review
        unless: promise_open
        language: customer
        section: first-contact
      - id: no-dunning
        title: Never dun a disputed item
        action: send_dunning
        kind: forbidden
        when: invoice_disputed
        section: disputes

    """

  /// `academy sop render FILE` reads bytes and never builds the `SourceFile` text: front
  /// matter in every shape must cut the body where the text path cuts it.
  @Test(arguments: [
    SOPFixtures.frontMatter() + "# T\n\n" + SOPFixtures.process(process),
    "\u{FEFF}" + SOPFixtures.frontMatter(language: "es") + "# Gestión\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "---\r\nid: COL-001\r\n...\r\n# CRLF [x](sop:COL-002#a)\r\n",
    "---\nid: COL-001\ntitle: never closed\n# Body\n",
    "# No front matter\n\n- [ ] task\n",
    "",
  ])
  func fragmentFromFileMatchesFragmentFromText(text: String) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString).md")
      .path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fromText = try SOPRenderer.fragmentBytes(SourceFile(path: path, text: text))
    #expect(try SOPRenderer.fragmentBytes(ofFile: path) == fromText)
  }

  @Test func fragmentFromFileRefusesWhatSourceFileRefuses() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nul-\(UUID().uuidString).md")
      .path
    try Data("# T\n\nbad\u{0}byte\n".utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: SourceFileError.nulByte(path: path, line: 3)) {
      try SOPRenderer.fragmentBytes(ofFile: path)
    }
    #expect(throws: SourceFileError.self) { try SOPRenderer.fragmentBytes(ofFile: path + ".missing") }
  }

  @Test func theProcessBlockRendersAsANumberedChecklist() throws {
    let text = SOPFixtures.frontMatter() + "# T\n\n" + SOPFixtures.process(Self.process)
    let html = try SOPRenderer.fragment(SourceFile(path: "t.md", text: text))
    #expect(
      html == """
        <h1 id="t">T</h1>
        <ol class="process">
        <li id="step-review" class="step step-required"><a href="#disputes">Review the account</a><br /><span \
        class="step-details">Do: review the account. Within 1 day of the start of the case.</span></li>
        <li id="step-contact" class="step step-required"><a href="#first-contact">Call &lt;AP&gt; &amp; email</a>\
        <br /><span class="step-details">Do: call or email. Not while a promise to pay is open. After “Review the \
        account”. In the customer's language.</span></li>
        <li id="step-no-dunning" class="step step-forbidden"><a href="#disputes">Never dun a disputed item</a><br />\
        <span class="step-details">Never send a dunning letter. While the invoice is under dispute.</span></li>
        </ol>
        <h3 id="disputes">Disputes</h3>
        <p>Text.</p>
        <h3 id="first-contact">First contact</h3>
        <p>Text.</p>

        """)
  }

  @Test func aSpanishSOPGetsASpanishChecklist() throws {
    let yaml =
      "steps:\n  - id: a\n    title: Llamar\n    action: call\n    when: overdue\n    within: {days: 0, of: promise_broken}\n    section: x\n"
    let text = SOPFixtures.frontMatter(language: "es") + "```process\n" + yaml + "```\n"
    let html = try SOPRenderer.fragment(SourceFile(path: "t.md", text: text))
    #expect(
      html.contains(
        "<span class=\"step-details\">Hacer: llamar. Solo cuando hay una factura vencida. El mismo día del "
          + "incumplimiento de la promesa.</span>"))
  }

  @Test func anUnreadableProcessBlockStaysACodeBlock() throws {
    let html = try SOPRenderer.fragment(SourceFile(path: "t.md", text: "```process\nsteps: [\n```\n"))
    #expect(html == "<pre><code class=\"language-process\">steps: [\n</code></pre>\n")
  }

  @Test func sopLinksBecomePageLinks() throws {
    let text =
      "See [disputes](sop:COL-004#escalation), [file](COL-004.md) and [web](https://example.test/).\n"
    let fragment = try SOPRenderer.fragment(SourceFile(path: "t.md", text: text))
    #expect(
      fragment
        == "<p>See <a href=\"COL-004.html#escalation\">disputes</a>, <a href=\"COL-004.md\">file</a> and "
        + "<a href=\"https://example.test/\">web</a>.</p>\n")
    let exported = SOPRenderer.fragment(SOPFixtures.parse(text).document, rewriteMarkdownLinks: true)
    #expect(exported.contains("<a href=\"COL-004.html\">file</a>"))
  }

  /// `academy sop render` streams cmark with a link hook; the site renders the Swift tree
  /// after `LinkRewriter`: the bytes must be the same.
  @Test func theStreamedFragmentMatchesTheTreePath() throws {
    let extra = """
      See [disputes](sop:COL-004#escalation), [contact](<sop:COL-002>), [web](https://e.test/sop:x) \
      and ![img](sop:COL-001).

      | Case | Rule |
      |:-----|-----:|
      | Open dispute | [COL-004](sop:COL-004) |
      | `code` & <b>x</b> | plain "text" |

      """
    for language in ["en", "es"] {
      let text =
        SOPFixtures.frontMatter(language: language)
        + SOPFixtures.body(procedure: SOPFixtures.process(Self.process) + extra)
      let streamed = try SOPRenderer.fragment(SourceFile(path: "t.md", text: text))
      #expect(streamed == SOPRenderer.fragment(SOPFixtures.parse(text).document))
      #expect(streamed.contains("<a href=\"COL-004.html#escalation\">disputes</a>"))
      #expect(streamed.contains("<img src=\"sop:COL-001\" alt=\"img\" />"))
      #expect(streamed.contains("<td align=\"right\"><a href=\"COL-004.html\">COL-004</a></td>"))
    }
  }

  @Test func theFastSOPLinkRuleAgreesWithLinkRewriter() {
    for destination in [
      "sop:COL-004", "sop:COL-004#escalation", "sop:", "sop:#x", "sop:A#b#c", "SOP:COL-004", "sop",
      "https://x/sop:y", "sop:COL-004#gestión", "sop:COL 004", "sop:e\u{301}", "",
    ] {
      #expect(SOPRenderer.sopPageLink(destination) == LinkRewriter.sopScheme(destination), "\(destination)")
    }
  }

  @Test func aFileWithoutFrontMatterStillRenders() throws {
    let html = try SOPRenderer.fragment(SourceFile(path: "t.md", text: "# Title\n\nBody.\n"))
    #expect(html == "<h1 id=\"title\">Title</h1>\n<p>Body.</p>\n")
  }

  @Test func theStandalonePageHasMetadataContentsAndNoScripts() {
    let document = SOPFixtures.parse(
      SOPFixtures.frontMatter(extra: "effective: 2026-03-01\n") + SOPFixtures.body()
    )
    .document
    let page = SOPRenderer.standalonePage(document)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(page.contains("<title>COL-010 Test SOP</title>"))
    #expect(page.contains("<dt>Id</dt><dd>COL-010</dd>\n<dt>Revision</dt><dd>working copy</dd>"))
    #expect(page.contains("<dt>Owner</dt><dd>ana.lopez</dd>"))
    #expect(page.contains("<dt>Effective</dt><dd>2026-03-01</dd>"))
    #expect(page.contains("<dt>Status</dt><dd>draft (file)</dd>"))
    #expect(
      page.contains(
        "<li class=\"toc-2\"><a href=\"#roles-and-responsibilities\">Roles and responsibilities</a></li>"))
    #expect(page.contains("@media print"))
    #expect(!page.contains("<script"))
    #expect(!page.contains("http://") && !page.contains("https://"))
    #expect(!page.contains("<nav class=\"site\">"))
  }

  @Test func aSpanishStandalonePageSpeaksSpanish() {
    let document = SOPFixtures.parse(SOPFixtures.frontMatter(language: "es") + SOPFixtures.body()).document
    let page = SOPRenderer.standalonePage(document, options: PageOptions(indexLink: "index.html"))
    #expect(page.contains("<html lang=\"es\">"))
    #expect(page.contains("<a href=\"index.html\">Todos los procedimientos</a>"))
    #expect(page.contains("<dt>Revisión</dt><dd>copia de trabajo</dd>"))
    #expect(page.contains("<dt>Estado</dt><dd>borrador (archivo)</dd>"))
    #expect(page.contains("<h2>Contenido</h2>"))
    #expect(!page.contains("<dt>Owner</dt>"))
  }

  @Test func theJSONSummaryHasMetadataOutlineStepsAndHTML() throws {
    let text = SOPFixtures.frontMatter() + SOPFixtures.body(procedure: SOPFixtures.process(Self.process))
    let summary = SOPRenderer.summary(SOPFixtures.parse(text).document)
    #expect(summary.metadata?.id == "COL-010")
    #expect(
      summary.outline.prefix(2) == [
        .init(id: "test-sop", level: 1, text: "Test SOP"), .init(id: "purpose", level: 2, text: "Purpose"),
      ])
    #expect(summary.process?.steps.map(\.id) == ["review", "contact", "no-dunning"])
    #expect(summary.html.contains("<ol class=\"process\">"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(summary), as: UTF8.self)
    #expect(json.contains("\"within\":{\"days\":1,\"of\":\"case_start\"}"))
  }
}
