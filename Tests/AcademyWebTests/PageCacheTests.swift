import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// Cached pages carry each session's own CSRF token and go stale with any change.
@Suite struct PageCacheTests {
  @Test func eachSessionGetsItsOwnTokenFromTheCachedPage() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var first = try await TestBrowser.signedIn("tom.baker", client)
      var second = try await TestBrowser.signedIn("tom.baker", client)
      let one = try await first.get("/sops/COL-002")
      let two = try await second.get("/sops/COL-002")
      #expect(one.status == .ok && two.status == .ok)
      #expect(first.csrf != nil && first.csrf != second.csrf)
      #expect(!one.text.contains("csrf-"))
      #expect(one.text.contains(try #require(first.csrf)))
      #expect(two.text.contains(try #require(second.csrf)))
      let switched = try await second.post("/language", ["lang": "es", "back": "/sops/COL-002"])
      #expect(switched.status == .seeOther)
      let spanish = try await second.get("/sops/COL-002")
      #expect(spanish.text.contains("<html lang=\"es\">"))
    }
  }

  @Test func anyChangeMakesTheCachedPageStale() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let before = try await browser.get("/sops/COL-002")
      #expect(before.text.contains("in force"))
      let manager = try harness.app.database.people.signer(named: "javier.moreno")
      try harness.app.database.store.obsolete(
        "COL-002", seen: nil, reason: "Merged into COL-001", by: manager)
      // A change made outside this server's forms (here: the store, as the CLI would) shows
      // on the very next page: the stamp is read with the session on every request.
      let after = try await browser.get("/sops/COL-002")
      #expect(after.text.contains("obsolete"))
      let search = try await browser.get("/sops/search?q=promesa")
      let again = try await browser.get("/sops/search?q=promesa")
      #expect(search.text == again.text)
    }
  }

  /// The mark the cache once spliced tokens into: an SOP holding it received every reader's
  /// CSRF token, inside an outside link too.
  static let oldMark = "csrf-mark-9f3c2a71d4e8"

  @Test func anSOPHoldingAMarkNeverReceivesTheReadersToken() async throws {
    let harness = try await WebHarness.make()
    let mark = Self.oldMark
    let text = LibrarySupport.sop(
      "COL-013", title: "Marked content",
      purpose: "The text \(mark) and a [link](https://outside.example/?t=\(mark)).")
    try LibrarySupport.approve(harness, "COL-013", text)
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      for _ in 0..<2 {  // rendered for the cache, then served from it
        let page = try await browser.get("/sops/COL-013")
        #expect(page.status == .ok)
        let token = try #require(browser.csrf)
        #expect(page.text.contains("https://outside.example/?t=\(mark)"))
        let everywhere = page.text.components(separatedBy: token).count - 1
        let inForms = page.text.components(separatedBy: "name=\"_csrf\" value=\"\(token)\"").count - 1
        #expect(everywhere == inForms, "the token appears outside the forms")
        #expect(inForms >= 1)
      }
    }
  }
}
