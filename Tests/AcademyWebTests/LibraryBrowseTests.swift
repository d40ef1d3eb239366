import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AcademyWeb

@Suite struct LibraryBrowseTests {
  @Test func libraryListsSOPsInForceAndFiltersByTagAndLanguage() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let all = try await browser.get("/sops")
      #expect(all.status == .ok)
      #expect(all.text.contains(#"<a href="/sops/COL-002">COL-002</a>"#))
      #expect(all.text.contains("Customer contact for overdue invoices"))
      #expect(all.text.contains(#"<a href="/sops/COL-002-ES">COL-002-ES</a>"#))
      #expect(all.text.contains(#"href="/sops?tag=promise-to-pay""#))
      let tagged = try await browser.get("/sops?tag=promise-to-pay")
      #expect(tagged.text.contains(#"<a href="/sops/COL-002">"#))
      #expect(!tagged.text.contains(#"<a href="/sops/COL-003">"#))
      let spanish = try await browser.get("/sops?lang=es")
      #expect(spanish.text.contains(#"<a href="/sops/COL-004-ES">"#))
      #expect(!spanish.text.contains(#"<a href="/sops/COL-001">"#))
    }
  }

  @Test func draftsAreShownToAuthorsAndApproversOnly() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var author = try await TestBrowser.signedIn("luis.garcia", client)
      _ = try await author.get("/sops/new")
      let created = try await author.post(
        "/sops/new",
        [
          "id": "COL-011", "title": "Cash application", "language": "en",
          "approvers": "ar-team-lead, ar-manager",
        ])
      #expect(created.status == .seeOther)
      #expect(created.headers[.location] == "/sops/COL-011/edit")
      let mine = try await author.get("/sops")
      #expect(mine.text.contains(#"<a href="/sops/COL-011">COL-011</a>"#))
      #expect(mine.text.contains("0.1 draft"))
      var trainee = try await TestBrowser.signedIn("tom.baker", client)
      #expect(!(try await trainee.get("/sops")).text.contains("COL-011"))
      #expect(try await trainee.get("/sops/COL-011").status == .notFound)
      let again = try await author.post(
        "/sops/new", ["id": "COL-011", "title": "Twice", "language": "en", "approvers": "ar-team-lead"])
      #expect(again.status == .conflict)
      #expect(again.text.contains("already exists"))
      let badID = try await author.post(
        "/sops/new", ["id": "CASH", "title": "X", "language": "en", "approvers": "x"])
      #expect(badID.status == .badRequest)
      #expect(badID.text.contains("The SOP id must be"))
    }
  }

  @Test func searchShowsEscapedSnippetsWithTheMatchHighlighted() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("lucia.fernandez", client)
      let page = try await browser.get("/sops/search?q=promesa&lang=es")
      #expect(page.status == .ok)
      #expect(page.text.contains("<mark>promesa"))
      #expect(page.text.contains(#"href="/sops/COL-002-ES#"#))
      let accents = try await browser.get("/sops/search?q=gestion")
      #expect(accents.text.contains("<mark>gestión"))
      let none = try await browser.get("/sops/search?q=zzzzqqq")
      #expect(none.text.contains("No section of an SOP in force matches"))
    }
  }

  @Test func searchAnswersJSONForSearchAsYouType() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let response = try await browser.get("/sops/search?q=dispute&format=json")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
      struct Body: Decodable {
        struct Hit: Decodable {
          struct Part: Decodable {
            var text: String
            var match: Bool
          }
          var id: String
          var href: String
          var snippet: [Part]
        }
        var query: String
        var results: [Hit]
      }
      let body = try JSONDecoder().decode(Body.self, from: Data(response.text.utf8))
      #expect(body.query == "dispute")
      #expect(!body.results.isEmpty)
      #expect(body.results.allSatisfy { $0.href.hasPrefix("/sops/\($0.id)#") })
      #expect(
        body.results.contains { $0.snippet.contains { $0.match && $0.text.lowercased().hasPrefix("disput") } }
      )
    }
  }

  @Test func snippetMarkersAreBalancedAndTextIsEscaped() {
    #expect(LibraryFormat.snippetHTML("a «<b>» c") == "a <mark>&lt;b&gt;</mark> c")
    #expect(LibraryFormat.snippetHTML("dijo «hola") == "dijo «hola")
  }
}
