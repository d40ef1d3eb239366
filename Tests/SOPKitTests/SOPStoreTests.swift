import AuditTrail
import Foundation
import GRDB
import TestSupport
import Testing

@testable import SOPKit

@Suite struct SOPStoreTests {
  typealias F = StoreFixture

  @Test func importIsIdempotentAndNumbersDrafts() throws {
    let store = try F.store()
    #expect(try store.importRevision(F.candidate(F.english()), by: F.author) == .new(number: "0.1"))
    #expect(try store.importRevision(F.candidate(F.english()), by: F.author) == .unchanged(number: "0.1"))
    let changed = try store.importRevision(F.candidate(F.english(purpose: "Reworded.")), by: F.author)
    #expect(changed == .changed(number: "0.2", changeClass: .procedural))
    let history = try store.history("COL-004")
    #expect(history.map(\.state) == [.withdrawn, .draft])
  }

  @Test func fullApprovalRenumbersAndSignaturesAreBoundToTheHash() throws {
    let store = try F.store()
    let approved = try F.approve(F.english(), in: store)
    #expect(approved.number == "1.0")
    #expect(approved.draftNumber == "0.1")
    let view = try store.revision("COL-004")
    #expect(view.state == .effective)
    #expect(view.signatures.map(\.meaning) == [.approval, .approval])
    #expect(view.signatures.allSatisfy { $0.revisionHash == ContentHash.of(F.english()) })
    #expect(view.signatures.first?.printedName == "Lea Díaz")
    #expect(try store.verifySignatures().isEmpty)
    // Tampering with the signed text breaks the binding.
    try store.writer.write { db in
      try db.execute(sql: "UPDATE revision SET content = content || 'x'")
    }
    #expect(try store.verifySignatures().count == 1)
  }

  @Test func laterDraftsAreNumberedAfterTheApproval() throws {
    let store = try F.store()
    try F.approve(F.english(), in: store)
    #expect(
      try store.importRevision(F.candidate(F.english(purpose: "New words.")), by: F.author)
        == .changed(number: "1.1", changeClass: .editorial))
    #expect(try store.revision("COL-004", number: RevisionNumber("0.1")).revision.number == "1.0")
  }

  @Test func refusalsChangeNothing() throws {
    let store = try F.store()
    _ = try store.importRevision(F.candidate(F.english()), by: F.author)
    let before = try auditCount(store)
    #expect(throws: WorkflowRefusal.notSubmitted(action: .approve)) {
      try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    }
    #expect(throws: StoreError.unknownSOP("NOPE-001")) {
      try store.submit("NOPE-001", SubmitRequest(), by: F.author)
    }
    #expect(
      throws: StoreError.notPermitted(user: "lea", operation: "import SOPs", needs: SOPStore.importRoles)
    ) {
      try store.importRevision(F.candidate(F.english(purpose: "x")), by: F.lead)
    }
    try store.submit("COL-004", SubmitRequest(), by: F.author)
    let afterSubmit = try auditCount(store)
    #expect(afterSubmit == before + 1)
    try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    #expect(throws: WorkflowRefusal.alreadySigned(user: "lea", meaning: .approval)) {
      try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    }
    #expect(throws: WorkflowRefusal.selfApproval(user: "ana")) {
      try store.sign(
        "COL-004", .approve, seen: nil, comment: nil,
        by: Signer(userName: "ana", printedName: "A", roles: ["approver", "ar-manager"]))
    }
    #expect(throws: StoreError.missingText(field: "the comment saying why it is rejected")) {
      try store.sign("COL-004", .reject, seen: nil, comment: "  ", by: F.manager)
    }
    #expect(try auditCount(store) == afterSubmit + 1)
    #expect(try store.revision("COL-004").signatures.count == 1)
  }

  @Test func staleRevisionIsRefused() throws {
    let store = try F.store()
    _ = try store.importRevision(F.candidate(F.english()), by: F.author)
    _ = try store.importRevision(F.candidate(F.english(purpose: "Second.")), by: F.author)
    #expect(throws: StoreError.staleRevision(sopID: "COL-004", seen: "0.1", latest: "0.2")) {
      try store.submit("COL-004", SubmitRequest(seen: RevisionNumber("0.1")), by: F.author)
    }
    try store.submit("COL-004", SubmitRequest(seen: RevisionNumber("0.2")), by: F.author)
    #expect(try store.revision("COL-004").state == .inReview)
  }

  @Test func rejectionStartsANewRoundOfApprovals() throws {
    let store = try F.store()
    _ = try store.importRevision(F.candidate(F.english()), by: F.author)
    try store.submit("COL-004", SubmitRequest(), by: F.author)
    try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    let rejected = try store.sign("COL-004", .reject, seen: nil, comment: "Missing a step", by: F.manager)
    #expect(rejected.state == .draft)
    try store.submit("COL-004", SubmitRequest(), by: F.author)
    // The first round's approval no longer counts: one more approval is not enough.
    #expect(try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.manager).state == .inReview)
    #expect(try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead).state == .approved)
  }

  @Test func futureEffectiveDateKeepsThePreviousRevisionCurrent() throws {
    let store = try F.store(day: "2026-03-02")
    try F.approve(F.english(), in: store)
    _ = try store.importRevision(F.candidate(F.english(procedure: "Log it within the hour.")), by: F.author)
    try store.submit("COL-004", SubmitRequest(effective: "2026-04-01"), by: F.author)
    try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.manager)
    #expect(try store.list().first?.current == "1.0")
    #expect(try store.revision("COL-004").state == .approved)
    let later = SOPStore(writer: store.writer, clock: F.clock("2026-04-01"))
    #expect(try later.list().first?.current == "2.0")
    #expect(try later.history("COL-004").map(\.state) == [.superseded, .effective])
  }

  @Test func obsoleteIsNeverServedAsCurrent() throws {
    let store = try F.store()
    try F.approve(F.english(), in: store)
    #expect(throws: WorkflowRefusal.wrongRole(action: .obsolete, user: "lea", needs: Workflow.obsoleteRoles))
    {
      try store.obsolete("COL-004", seen: nil, reason: "Replaced", by: F.lead)
    }
    try store.obsolete("COL-004", seen: RevisionNumber("1.0"), reason: "Replaced by COL-009", by: F.manager)
    #expect(try store.list().first?.current == nil)
    #expect(try store.search("dispute").isEmpty)
    #expect(try store.revision("COL-004").state == .obsolete)
  }

  @Test func classificationOverrideIsAudited() throws {
    let store = try F.store()
    try F.approve(F.english(), in: store)
    _ = try store.importRevision(
      F.candidate(F.english(procedure: "Log every dispute on the same day.")), by: F.author)
    #expect(try store.revision("COL-004").revision.changeClass == .procedural)
    try store.submit(
      "COL-004", SubmitRequest(changeClassOverride: (.editorial, "grammar only")), by: F.author)
    // The author's lower class is only a proposal: the change stays procedural.
    let revision = try store.revision("COL-004").revision
    #expect(revision.changeClass == .procedural)
    #expect(revision.proposedClass == .editorial)
    #expect(revision.changeOverrideReason == "grammar only")
    #expect(revision.changeBasis.contains("ana proposes editorial: grammar only"))
    let last = try store.writer.read { db in try AuditLog.entries(subject: "sop:COL-004", in: db).last }
    #expect(last?.after?.contains("grammar only") == true)
  }

  @Test func loweringTheClassNeedsEveryApproversExplicitAcceptance() throws {
    for acceptedByBoth in [true, false] {
      let store = try F.store()
      try F.approve(F.english(), in: store)
      _ = try store.importRevision(F.candidate(F.english(within: 30)), by: F.author)
      try store.submit("COL-004", SubmitRequest(changeClassOverride: (.editorial, "typo only")), by: F.author)
      try store.sign("COL-004", .approve, seen: nil, comment: nil, acceptingClass: .editorial, by: F.lead)
      let last = try store.sign(
        "COL-004", .approve, seen: nil, comment: nil, acceptingClass: acceptedByBoth ? .editorial : nil,
        by: F.manager)
      #expect(last.state == .approved)
      #expect(last.changeClass == (acceptedByBoth ? .editorial : .procedural))
      #expect(last.proposedClass == nil)
      #expect(
        last.changeBasis.contains(
          acceptedByBoth
            ? "editorial accepted by lea, max" : "not accepted by every approver: stays procedural"))
      let signatures = try store.revision("COL-004").signatures.filter { $0.round == last.round }
      #expect(signatures.map(\.acceptsClass) == [.editorial, acceptedByBoth ? .editorial : nil])
    }
  }

  @Test func raisingTheClassNeedsNobodysAcceptance() throws {
    let store = try F.store()
    try F.approve(F.english(), in: store)
    _ = try store.importRevision(F.candidate(F.english(purpose: "New words.")), by: F.author)
    #expect(try store.revision("COL-004").revision.changeClass == .editorial)
    try store.submit(
      "COL-004", SubmitRequest(changeClassOverride: (.procedural, "new control")), by: F.author)
    #expect(try store.revision("COL-004").revision.changeClass == .procedural)
  }

  @Test func theApproversInForceApproveAChangeToTheApproverList() throws {
    let store = try F.store()
    try F.approve(F.english(), in: store)
    // The author names a single approver of his choosing.
    let single = F.english().replacingOccurrences(
      of: "approvers: [ar-team-lead, ar-manager]", with: "approvers: [ar-team-lead]")
    let outcome = try store.importRevision(F.candidate(single, approvers: ["ar-team-lead"]), by: F.author)
    #expect(outcome == .changed(number: "1.1", changeClass: .procedural))
    #expect(
      try store.revision("COL-004").revision.changeBasis.hasPrefix(
        "approvers changed from ar-manager, ar-team-lead to ar-team-lead"))
    try store.submit("COL-004", SubmitRequest(), by: F.author)
    let view = try store.revision("COL-004")
    #expect(view.requiredApprovers == ["ar-team-lead", "ar-manager"])
    // One signature is not enough: the list in force still needs the AR manager.
    let after = try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    #expect(after.state == .inReview)
    #expect(try store.sign("COL-004", .approve, seen: nil, comment: nil, by: F.manager).state == .approved)
  }

  @Test func reviewDueAndStaleTranslation() throws {
    let store = try F.store(day: "2026-03-02")
    try F.approve(F.english(), in: store)
    try F.approve(
      F.spanish(), in: store, id: "COL-004-ES", approvers: ["ar-team-lead"], language: "es",
      translationOf: "COL-004")
    #expect(try store.list().map(\.staleTranslation) == [false, false])
    let later = SOPStore(writer: store.writer, clock: F.clock("2027-02-20"))
    _ = try later.importRevision(
      F.candidate(F.english(stepTitle: "Log the dispute with its reason code")), by: F.author)
    try later.submit("COL-004", SubmitRequest(), by: F.author)
    try later.sign("COL-004", .approve, seen: nil, comment: nil, by: F.lead)
    try later.sign("COL-004", .approve, seen: nil, comment: nil, by: F.manager)
    let listing = try later.list()
    #expect(listing.first { $0.sopID == "COL-004-ES" }?.staleTranslation == true)
    #expect(try later.list(reviewDueWithin: 0).map(\.sopID) == [])
    #expect(try later.list(reviewDueWithin: 10).map(\.sopID) == ["COL-004-ES"])
  }

  @Test func twoApproversAtOnceNeverLoseAnApproval() async throws {
    for attempt in 0..<5 {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "academy-concurrent-\(UUID()).sqlite"
      ).path
      defer {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      }
      var configuration = Configuration()
      configuration.busyMode = .timeout(10)
      let setup = try DatabasePool(path: path, configuration: configuration)
      try F.migrator().migrate(setup)
      let base = SOPStore(writer: setup, clock: F.clock("2026-03-02"))
      _ = try base.importRevision(F.candidate(F.english()), by: F.author)
      try base.submit("COL-004", SubmitRequest(), by: F.author)
      // Two separate connections pools, like two processes.
      let first = SOPStore(
        writer: try DatabasePool(path: path, configuration: configuration), clock: F.clock("2026-03-02"))
      let second = SOPStore(
        writer: try DatabasePool(path: path, configuration: configuration), clock: F.clock("2026-03-02"))
      let seen = RevisionNumber("0.1")
      async let a = Task.detached {
        try first.sign("COL-004", .approve, seen: seen, comment: nil, by: F.lead)
      }.value
      async let b = Task.detached {
        try second.sign("COL-004", .approve, seen: seen, comment: nil, by: F.manager)
      }.value
      _ = try await (a, b)
      let view = try base.revision("COL-004")
      #expect(view.signatures.count == 2, "attempt \(attempt)")
      #expect(view.state == .effective, "attempt \(attempt)")
      #expect(try await setup.read { try AuditLog.verify(in: $0) }.isIntact)
    }
  }

  private func auditCount(_ store: SOPStore) throws -> Int {
    try store.writer.read { db in try AuditEntry.fetchCount(db) }
  }
}
