import Foundation
import HTTPTypes
import HummingbirdTesting
import SOPKit
import TestSupport
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// The trainee's plan, acknowledgements with the password as e-signature, raised risks and
/// what changed since the last training.
@Suite struct PracticePlanTests {
  @Test func thePlanListsItemsForecastAndRisk() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let plan = try await browser.get("/me/plan")
      #expect(plan.status == .ok)
      let html = plan.text
      #expect(html.contains("<h2 id=\"plan-associate-en\">Collections associate, English desk</h2>"))
      #expect(html.contains("<strong>ack-col-001</strong><br>Read and acknowledge COL-001"))
      #expect(html.contains("href=\"/me/acknowledge/COL-001\""))
      #expect(
        html.contains("Pass the case “A forgetful but willing payer with overdue invoices” with at least 75"))
      #expect(html.contains("waits for ack-col-002, ack-col-003"))
      #expect(html.contains("On track: done by") || html.contains("Late: done by"))
      #expect(html.contains("<dt>Risk</dt><dd><span class=\"badge "))
      #expect(html.contains("name=\"_csrf\""))

      let spanish = try await browser.post("/language", ["lang": "es", "back": "/me/plan"])
      #expect(spanish.status == .seeOther)
      #expect(try await browser.get("/me/plan").text.contains("Leer y firmar el acuse de COL-001"))
    }
  }

  @Test func aTraineeWithoutAPlanIsToldWhy() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("only-trainee", client)
      let plan = try await browser.get("/me/plan")
      #expect(plan.status == .ok)
      #expect(plan.text.contains("You have no training plan yet."))
      let changes = try await browser.get("/me/changes")
      #expect(changes.status == .ok)
      #expect(changes.text.contains("You have no training plan yet."))
    }
  }

  @Test func acknowledgingNeedsTheRightPasswordAndTurnsTheItemDone() async throws {
    let harness = try await WebHarness.make()
    let training = harness.app.database.training
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let form = try await browser.get("/me/acknowledge/COL-001")
      #expect(form.status == .ok)
      #expect(form.text.contains("I, Tom Baker, have read and understood COL-001 revision 1.0"))
      #expect(form.text.contains("type=\"password\""))
      #expect(form.text.contains("href=\"/sops/COL-001\""))

      let wrong = try await browser.post("/me/acknowledge/COL-001", ["password": "not-my-password"])
      #expect(wrong.status == .unauthorized)
      #expect(wrong.text.contains("Wrong password: nothing was recorded."))
      #expect(try training.acknowledgements(trainee: "tom.baker").isEmpty)

      let empty = try await browser.post("/me/acknowledge/COL-001", [:])
      #expect(empty.status == .badRequest)

      let signed = try await browser.post("/me/acknowledge/COL-001", ["password": WebHarness.password])
      #expect(signed.status == .seeOther)
      #expect(signed.headers[.location] == "/me/plan")
      let acks = try training.acknowledgements(trainee: "tom.baker")
      #expect(acks.map(\.sopID) == ["COL-001"])
      #expect(acks.first?.revisionNumber == "1.0")

      let plan = try await browser.get("/me/plan")
      #expect(plan.text.contains("Acknowledged COL-001 revision 1.0."))
      let today = try #require(acks.first?.day)
      #expect(plan.text.contains("<span class=\"badge good\">done \(today)</span>"))

      let again = try await browser.get("/me/acknowledge/COL-001")
      #expect(again.text.contains("You already acknowledged COL-001 revision 1.0 on \(today)"))
      #expect(!again.text.contains("type=\"password\""))

      let unknown = try await browser.get("/me/acknowledge/NOPE-999")
      #expect(unknown.status == .notFound)
    }
  }

  @Test func aRiskIsRaisedOnAnItemAndListed() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let plan = try await browser.get("/me/plan")
      let item = try #require(try Self.optionValue(in: plan.text, labelled: "ack-col-004"))

      let noReason = try await browser.post("/me/risks", ["item": item, "reason": "  "])
      #expect(noReason.status == .badRequest)
      #expect(noReason.text.contains("Say why the item is at risk in the Reason field."))

      let badDate = try await browser.post(
        "/me/risks", ["item": item, "reason": "Off sick", "commit": "soon"])
      #expect(badDate.status == .badRequest)
      #expect(
        badDate.text.contains("The date &#39;soon&#39; is not a date")
          || badDate.text.contains("The date 'soon'"))
      #expect(badDate.text.contains("Off sick</textarea>"))

      let raised = try await browser.post(
        "/me/risks", ["item": item, "reason": "Off sick two days", "commit": "2026-12-11"])
      #expect(raised.status == .seeOther)
      let after = try await browser.get("/me/plan")
      #expect(after.text.contains("<td>ack-col-004</td><td>Off sick two days</td><td>2026-12-11</td>"))
      #expect(after.text.contains("waiting for an answer"))
      #expect(after.text.contains("<span class=\"badge warn\">at risk</span>"))

      var other = try await TestBrowser.signedIn("lucia.fernandez", client)
      _ = try await other.get("/me/plan")
      let notMine = try await other.post("/me/risks", ["item": item, "reason": "Not mine"])
      #expect(notMine.status == .badRequest)
      #expect(notMine.text.contains("is not in a plan of lucia.fernandez"))
    }
  }

  @Test func changesListEachPlanSOPWithItsState() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      _ = try await browser.get("/me/acknowledge/COL-002")
      _ = try await browser.post("/me/acknowledge/COL-002", ["password": WebHarness.password])
      let changes = try await browser.get("/me/changes")
      #expect(changes.status == .ok)
      let html = changes.text
      #expect(html.contains("<td><a href=\"/sops/COL-002\">COL-002</a></td>"))
      #expect(html.contains("up to date"))
      #expect(html.contains("not acknowledged yet: read it in full"))
      #expect(html.contains("href=\"/me/acknowledge/COL-001\""))
      #expect(!html.contains("href=\"/me/acknowledge/COL-002\""))
    }
  }

  @Test func aNewRevisionAfterTheAcknowledgementLinksToTheDiffAndToAcknowledgeAgain() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      _ = try await browser.get("/me/acknowledge/COL-001")
      _ = try await browser.post("/me/acknowledge/COL-001", ["password": WebHarness.password])
      try Self.reviseCOL001(harness)
      let changes = try await browser.get("/me/changes")
      let html = changes.text
      #expect(html.contains("changed since you signed"))
      #expect(html.contains("href=\"/sops/COL-001/diff?from=1.0&amp;to=2.0\""))
      #expect(html.contains("<strong>Editorial</strong>"))
      #expect(html.contains("href=\"/me/acknowledge/COL-001\""))
      let form = try await browser.get("/me/acknowledge/COL-001")
      #expect(form.text.contains("COL-001 revision 2.0"))
    }
  }

  /// Imports COL-001 with a reworded purpose and approves it, effective today.
  static func reviseCOL001(_ harness: WebHarness) throws {
    let database = harness.app.database
    let store = database.store
    let current = try store.revision("COL-001").revision
    let text = current.content.replacingOccurrences(
      of: "which customers to work first each day", with: "which customers to work first every morning")
    let parsed = SOPDocument.parse(SourceFile(path: current.sourcePath, text: text)).document
    let candidate = try #require(RevisionCandidate(document: parsed))
    let author = try database.people.signer(named: "luis.garcia")
    _ = try store.importRevision(candidate, by: author)
    try store.submit("COL-001", SubmitRequest(note: "Wording", effective: store.today), by: author)
    for name in ["marta.lopez", "elena.sanz", "javier.moreno", "ana.romero", "carmen.navarro", "pablo.ruiz"] {
      guard try store.revision("COL-001").revision.state == .inReview else { break }
      _ = try? store.sign(
        "COL-001", .approve, seen: nil, comment: nil, by: try database.people.signer(named: name))
    }
    #expect(try store.revision("COL-001").revision.state == .approved)
  }

  /// The value of the `<option>` whose label starts with `label`.
  static func optionValue(in html: String, labelled label: String) -> String? {
    guard let labelRange = html.range(of: "\">\(label):") else { return nil }
    let before = html[..<labelRange.lowerBound]
    guard let valueStart = before.range(of: "<option value=\"", options: .backwards) else { return nil }
    return String(before[valueStart.upperBound...])
  }
}
