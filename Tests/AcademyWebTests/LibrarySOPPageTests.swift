import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AcademyServices
@testable import AcademyWeb

@Suite struct LibrarySOPPageTests {
  @Test func sopPageShowsRenderedBodyMetadataAndContents() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var trainee = try await TestBrowser.signedIn("tom.baker", client)
      let page = try await trainee.get("/sops/COL-002")
      #expect(page.status == .ok)
      let html = page.text
      #expect(html.contains(#"<h2 id="purpose">Purpose</h2>"#))
      #expect(html.contains(#"<ol class="process">"#))
      #expect(html.contains(##"<a href="#purpose">Purpose</a>"##))
      #expect(html.contains("<dd>luis.garcia</dd>"))
      #expect(html.contains("<dd>ar-team-lead, ar-manager</dd>"))
      #expect(html.contains(#"<a href="/sops/COL-002-ES">COL-002-ES</a> (translation)"#))
      #expect(html.contains(#"<a href="/sops/COL-009">"#))
      #expect(html.contains(#"href="/sops/COL-002/history""#))
      #expect(html.contains(#"href="/me/acknowledge/COL-002""#))
      let spanish = try await trainee.get("/sops/COL-002-ES")
      #expect(spanish.text.contains(#"<a href="/sops/COL-002">COL-002</a> (original)"#))
      var author = try await TestBrowser.signedIn("luis.garcia", client)
      #expect(!(try await author.get("/sops/COL-002")).text.contains("/me/acknowledge/"))
      #expect(try await author.get("/sops/COL-099").status == .notFound)
      #expect(try await author.get("/sops/COL-002?rev=9.9").status == .notFound)
    }
  }

  @Test func sopContentNeverRunsScript() async throws {
    let harness = try await WebHarness.make()
    let text = LibrarySupport.sop(
      "COL-012", title: "Hostile content",
      purpose: """
        <script>alert("purpose")</script>

        Click [here](javascript:alert(1)) or <img src=x onerror=alert(2)>.
        """)
    try LibrarySupport.approve(harness, "COL-012", text)
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let page = try await browser.get("/sops/COL-012")
      #expect(page.status == .ok)
      #expect(page.text.contains("Hostile content"))
      #expect(!page.text.contains("<script>alert"))
      #expect(!page.text.contains("onerror"))
      #expect(!page.text.contains(#"href="javascript:"#))
      #expect(page.text.contains("here</a>"))
    }
  }

  @Test func renderedPagesAreCachedByRevisionHash() async throws {
    let harness = try await WebHarness.make()
    let revision = try harness.app.database.store.pageRevision("COL-002").revision
    let first = await harness.app.pages.page(for: revision)
    var changed = revision
    changed.content = "# Different"
    let second = await harness.app.pages.page(for: changed)
    #expect(first.fragment == second.fragment)
  }
}
