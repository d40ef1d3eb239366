import Foundation
import GRDB
import HummingbirdTesting
import SOPKit
import TestSupport
import Testing
import TrainingKit

@testable import AcademyServices
@testable import AcademyWeb

/// The plan and team pages and the exports read only: with retraining due but not created yet
/// (a procedural revision put in force without the retraining hook, as a revision whose
/// effective day has just come is), none of them writes; the scheduled check then does.
@Suite struct TrainingReadsTests {
  @Test func planAndTeamPagesAndExportsWriteNothing() async throws {
    let harness = try await WebHarness.make()
    let database = harness.app.database
    let unhooked = SOPStore(writer: database.pool, clock: database.clock)
    let people = database.people
    var text = try LibrarySupport.text(harness, "COL-004")
    text = text.replacingOccurrences(
      of: "## Procedure\n", with: "## Procedure\n\nLog the customer's reason code before any other step.\n")
    let document = SOPDocument.parse(SourceFile(path: "COL-004.md", text: text)).document
    let candidate = try #require(RevisionCandidate(document: document))
    _ = try unhooked.importRevision(candidate, by: people.signer(named: "luis.garcia"))
    try unhooked.submit("COL-004", SubmitRequest(), by: people.signer(named: "luis.garcia"))
    for approver in ["marta.lopez", "javier.moreno"] {
      try unhooked.sign("COL-004", .approve, seen: nil, comment: nil, by: people.signer(named: approver))
    }
    #expect(try database.plans.status(trainee: "tom.baker").missingRetraining.count >= 1)
    let observer = try DatabaseQueue(path: "\(harness.folder)/academy.sqlite")
    let version: @Sendable () throws -> Int = {
      try observer.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    try await harness.test { client in
      var manager = try await TestBrowser.signedIn("javier.moreno", client)
      var trainee = try await TestBrowser.signedIn("tom.baker", client)
      let before = try version()
      for path in [
        "/team", "/team?team=english-desk", "/team/assign", "/team/export/progress.csv",
        "/team/export/risks.csv", "/team/export/coverage.csv", "/team/export/xapi.ndjson?since=2026-01-01",
      ] {
        #expect(try await manager.get(path).status == .ok, "\(path)")
      }
      for path in ["/me/plan", "/me/changes", "/me/acknowledge/COL-004"] {
        #expect(try await trainee.get(path).status == .ok, "\(path)")
      }
      #expect(try version() == before)
      #expect(try database.plans.retrain().contains { $0.key == "retrain-ack-COL-004@2.0" })
      #expect(try version() != before)
      let plan = try await trainee.get("/me/plan")
      #expect(plan.text.contains("retrain-ack-COL-004@2.0"))
    }
  }
}

/// The demo defect: a procedural revision of COL-002-ES took effect and Lucía's plan showed
/// nothing new. Retraining is created by the signature that puts the revision in force.
@Suite struct TranslationRetrainingTests {
  @Test func aProceduralRevisionOfATranslationShowsOnThePlanAtOnce() async throws {
    let harness = try await WebHarness.make()
    let database = harness.app.database
    let people = database.people
    try harness.acknowledge(["COL-002-ES"], as: "lucia.fernandez")
    var text = try LibrarySupport.text(harness, "COL-002-ES")
    text = text.replacingOccurrences(
      of: "## Procedimiento\n",
      with: "## Procedimiento\n\nAnote el código de motivo del cliente antes de cualquier otro paso.\n")
    let document = SOPDocument.parse(SourceFile(path: "COL-002-ES.md", text: text)).document
    let candidate = try #require(RevisionCandidate(document: document))
    _ = try database.store.importRevision(candidate, by: people.signer(named: "luis.garcia"))
    try database.store.submit("COL-002-ES", SubmitRequest(), by: people.signer(named: "luis.garcia"))
    for approver in ["marta.lopez", "javier.moreno"] {
      try database.store.sign(
        "COL-002-ES", .approve, seen: nil, comment: nil, by: people.signer(named: approver))
    }
    try await harness.test { client in
      var lucia = try await TestBrowser.signedIn("lucia.fernandez", client)
      let plan = try await lucia.get("/me/plan")
      #expect(plan.text.contains("retrain-ack-COL-002-ES@"))
    }
  }
}
