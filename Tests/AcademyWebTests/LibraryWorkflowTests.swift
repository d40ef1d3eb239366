import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AcademyServices
@testable import AcademyWeb

@Suite struct LibraryWorkflowTests {
  /// COL-002's text with a new sentence in its Purpose section.
  static func revised(_ text: String, _ sentence: String) -> String {
    text.replacingOccurrences(of: "## Purpose\n\n", with: "## Purpose\n\n\(sentence)\n\n")
  }

  @Test func authorEditsPreviewsSavesAndSubmitsThenApproversMakeItEffective() async throws {
    let harness = try await WebHarness.make()
    let original = try LibrarySupport.text(harness, "COL-002")
    let inForce = try harness.app.database.store.latestNumber("COL-002").description
    try await harness.test { client in
      var author = try await TestBrowser.signedIn("luis.garcia", client)
      let editor = try await author.get("/sops/COL-002/edit")
      #expect(editor.status == .ok)
      #expect(editor.text.contains("Customer contact for overdue invoices"))
      #expect(LibrarySupport.hiddenValue("seen", in: editor.text) == inForce)

      let broken = original.replacingOccurrences(of: "## Scope", with: "## Reach")
      let preview = try await author.post("/sops/COL-002/preview", ["text": broken, "seen": inForce])
      #expect(preview.status == .ok)
      #expect(
        preview.text.contains("missing required section &#39;Scope&#39;")
          || preview.text.contains("missing required section"))
      #expect(preview.text.contains("<code>required-section</code>"))
      #expect(preview.text.contains("## Reach"))
      #expect(preview.text.contains(#"<h2 id="reach">Reach</h2>"#))

      let refused = try await author.post("/sops/COL-002/save", ["text": broken, "seen": inForce])
      #expect(refused.status == .badRequest)
      #expect(refused.text.contains("Not saved"))

      let wrongID = original.replacingOccurrences(of: "id: COL-002\n", with: "id: COL-003\n")
      let mismatch = try await author.post("/sops/COL-002/save", ["text": wrongID, "seen": inForce])
      #expect(mismatch.status == .badRequest)
      #expect(mismatch.text.contains("COL-003"))

      let text = Self.revised(original, "Every contact is logged the same day.")
      let saved = try await author.post("/sops/COL-002/save", ["text": text, "seen": inForce])
      #expect(saved.status == .seeOther)
      let draft = try harness.app.database.store.latestNumber("COL-002").description
      #expect(draft != inForce)

      let stale = try await author.post("/sops/COL-002/submit", ["seen": inForce, "note": "x"])
      #expect(stale.status == .conflict)
      #expect(stale.text.contains("Someone changed it"))

      let submitted = try await author.post(
        "/sops/COL-002/submit", ["seen": draft, "note": "Same-day logging made explicit."])
      #expect(submitted.status == .seeOther)
      #expect(submitted.headers[.location] == "/author")

      var lead = try await TestBrowser.signedIn("marta.lopez", client)
      let queue = try await lead.get("/approvals")
      #expect(queue.text.contains(#"href="/approvals/COL-002""#))
      let review = try await lead.get("/approvals/COL-002")
      #expect(review.text.contains("Same-day logging made explicit."))
      #expect(review.text.contains("<ins>Every contact is logged the same day.</ins>"))
      #expect(review.text.contains("I approve this revision"))

      let wrong = try await lead.post(
        "/approvals/COL-002", ["action": "approve", "seen": draft, "password": "not-my-password"])
      #expect(wrong.status == .unauthorized)
      #expect(wrong.text.contains("Wrong password: nothing was signed"))
      #expect(try harness.app.database.store.revision("COL-002").signatures.isEmpty)

      let first = try await lead.post(
        "/approvals/COL-002", ["action": "approve", "seen": draft, "password": WebHarness.password])
      #expect(first.status == .seeOther)
      #expect(!(try await lead.get("/approvals")).text.contains(#"href="/approvals/COL-002""#))

      var manager = try await TestBrowser.signedIn("javier.moreno", client)
      let second = try await manager.post(
        "/approvals/COL-002", ["action": "approve", "seen": draft, "password": WebHarness.password])
      #expect(second.status == .seeOther)
      let flashed = try await manager.get("/approvals")
      #expect(flashed.text.contains("in force from"))

      let page = try await author.get("/sops/COL-002")
      #expect(page.text.contains("Every contact is logged the same day."))
      let history = try await author.get("/sops/COL-002/history")
      #expect(history.text.contains("Marta"))
      #expect(history.text.contains("I approve this revision"))
      #expect(history.text.contains("Same-day logging made explicit."))
      let number = try harness.app.database.store.pageRevision("COL-002").revision.number
      let diff = try await author.get("/sops/COL-002/diff?from=\(inForce)&to=\(number)")
      #expect(diff.status == .ok)
      #expect(diff.text.contains("<ins>Every contact is logged the same day.</ins>"))
      #expect(diff.text.contains("Sections changed: purpose"))
      let defaults = try await author.get("/sops/COL-002/diff")
      #expect(defaults.text.contains("<ins>Every contact is logged the same day.</ins>"))
    }
  }

  @Test func rejectionNeedsACommentAndTheAuthorSeesIt() async throws {
    let harness = try await WebHarness.make()
    let original = try LibrarySupport.text(harness, "COL-002")
    let inForce = try harness.app.database.store.latestNumber("COL-002").description
    try await harness.test { client in
      var author = try await TestBrowser.signedIn("luis.garcia", client)
      _ = try await author.get("/sops/COL-002/edit")
      let text = Self.revised(original, "Calls happen before noon.")
      #expect(
        try await author.post("/sops/COL-002/save", ["text": text, "seen": inForce]).status == .seeOther)
      let draft = try harness.app.database.store.latestNumber("COL-002").description
      #expect(try await author.post("/sops/COL-002/submit", ["seen": draft]).status == .seeOther)

      var approver = try await TestBrowser.signedIn("elena.sanz", client)
      _ = try await approver.get("/approvals/COL-002")
      let bare = try await approver.post(
        "/approvals/COL-002", ["action": "reject", "seen": draft, "password": WebHarness.password])
      #expect(bare.status == .badRequest)
      #expect(bare.text.contains("Write a comment saying why you reject it"))
      let rejected = try await approver.post(
        "/approvals/COL-002",
        [
          "action": "reject", "seen": draft, "password": WebHarness.password,
          "comment": "Noon is too late for Spain.",
        ])
      #expect(rejected.status == .seeOther)

      let home = try await author.get("/author")
      #expect(home.text.contains("Noon is too late for Spain."))
      #expect(home.text.contains("Elena"))
    }
  }

  /// The editor lints links against the library in force (`Library.lint`, the import's lint):
  /// COL-002's links to the other SOPs pass, one to an SOP nobody imported is refused.
  @Test func theEditorLintsLinksAgainstTheLibrary() async throws {
    let harness = try await WebHarness.make()
    let original = try LibrarySupport.text(harness, "COL-002")
    let inForce = try harness.app.database.store.latestNumber("COL-002").description
    try await harness.test { client in
      var author = try await TestBrowser.signedIn("luis.garcia", client)
      _ = try await author.get("/sops/COL-002/edit")
      let broken = original.replacingOccurrences(of: "sop:COL-009", with: "sop:COL-099")
      let preview = try await author.post("/sops/COL-002/preview", ["text": broken, "seen": inForce])
      #expect(preview.text.contains("link to SOP COL-099, which is not in the library"))
      #expect(!preview.text.contains("link to SOP COL-004"))
      let refused = try await author.post("/sops/COL-002/save", ["text": broken, "seen": inForce])
      #expect(refused.status == .badRequest)
      #expect(refused.text.contains("link to SOP COL-099, which is not in the library"))
      #expect(try harness.app.database.store.latestNumber("COL-002").description == inForce)
      let text = Self.revised(original, "See sop:COL-009 before any call to an insolvent customer.")
      let saved = try await author.post("/sops/COL-002/save", ["text": text, "seen": inForce])
      #expect(saved.status == .seeOther)
      #expect(try harness.app.database.store.latestNumber("COL-002").description != inForce)
    }
  }
}
