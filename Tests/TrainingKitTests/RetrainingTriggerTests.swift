import AuditTrail
import GRDB
import SOPKit
import TestSupport
import Testing

@testable import TrainingKit

/// When retraining is created: on the signature that puts a procedural revision in force, by
/// the scheduled check for revisions whose day comes later, never by a read; and by revision,
/// not by day.
@Suite struct RetrainingTriggerTests {
  /// The case, on one fixed instant: plan assigned, COL-004 1.0 acknowledged, COL-004
  /// 2.0 (procedural) in force the same day.
  @Test func proceduralRevisionInForceTheDayThePlanWasAssignedTriggers() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    let assignment = try world.assign(TrainingWorld.tina)
    #expect(assignment.builtOn == ["COL-004": 1])
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    try world.approve("COL-004", within: 2, through: world.sopsWithRetraining)
    let plan = try #require(try world.training.progress(trainee: "tina").first)
    let keys = plan.items.filter { $0.item.origin == .retraining }.map(\.item.key)
    #expect(keys == ["retrain-ack-COL-004@2.0", "retrain-pass-disputes@COL-004@2.0"])
    #expect(plan.items.first { $0.item.key == "retrain-ack-COL-004@2.0" }?.isDone == false)
    #expect(try world.training.changes(trainee: "tina").first { $0.sopID == "COL-004" }?.diff != nil)
  }

  @Test func thePlansOwnRevisionsAndEditorialOnesTriggerNothing() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.approve("COL-004", within: 2)  // 2.0, procedural, before the plan
    try world.assign(TrainingWorld.tina)
    #expect(try world.training.pendingRetraining().isEmpty)
    try world.approve(
      "COL-004", purpose: "How the whole team works.", within: 2, through: world.sopsWithRetraining)
    #expect(try world.training.pendingRetraining().isEmpty)
    #expect(try world.training.syncRetraining().isEmpty)
  }

  @Test func theFirstRevisionEverInForceTriggersNothing() throws {
    let world = try TrainingWorld()
    let assignment = try world.assign(TrainingWorld.tina)
    #expect(assignment.builtOn == [:])
    try world.approve("COL-004", through: world.sopsWithRetraining)
    #expect(try world.training.pendingRetraining().isEmpty)
    try world.approve("COL-004", within: 2, through: world.sopsWithRetraining)
    let keys = try world.training.progress(trainee: "tina").first?.items.map(\.item.key) ?? []
    #expect(keys.contains("retrain-ack-COL-004@2.0"))
  }

  @Test func theSignatureCreatesTheItemsInItsOwnTransaction() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    world.clock.set("2026-03-10")
    try world.approve("COL-004", within: 2, through: world.sopsWithRetraining)
    let entries = try world.queue.read { try AuditLog.entries(in: $0) }
    let approval = try #require(entries.lastIndex { $0.action == "revision.approve" })
    #expect(entries[(approval + 1)...].map(\.action) == ["training.retrain", "training.retrain"])
    #expect(entries[(approval + 1)...].allSatisfy { $0.actor == "system" })
    #expect(try world.training.pendingRetraining().isEmpty)

    // When the hook fails, the approval is rolled back with it: never in force without it.
    let failing = SOPStore(writer: world.queue, clock: world.clock.source) { _, _ in
      throw TrainingError.noPlan(trainee: "tina")
    }
    #expect(throws: TrainingError.self) {
      try world.approve("COL-004", within: 3, through: failing)
    }
    #expect(try world.sops.revision("COL-004").revision.state == .inReview)
  }

  @Test func aFutureRevisionGetsItsItemsFromTheScheduledCheckOnItsDay() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    try world.approve("COL-004", within: 2, effective: "2026-03-10", through: world.sopsWithRetraining)
    #expect(try world.training.syncRetraining().isEmpty)
    world.clock.set("2026-03-09")
    #expect(try world.training.pendingRetraining().isEmpty)
    world.clock.set("2026-03-10")
    let before = try world.queue.read { try AuditLog.entries(in: $0).count }
    #expect(try world.training.pendingRetraining().map(\.key).first == "retrain-ack-COL-004@2.0")
    _ = try world.training.progress()
    _ = try world.training.coverage()
    _ = try world.training.statements(
      since: "2026-03-01", exporter: XAPIExporter(homePage: "https://a.example"))
    #expect(try world.queue.read { try AuditLog.entries(in: $0).count } == before)
    #expect(try world.queue.read { try TrainingItem.fetchCount($0) } == 4)
    let created = try world.training.syncRetraining()
    #expect(created.map(\.dueOn) == ["2026-03-17", "2026-03-17"])
    #expect(try world.training.syncRetraining().isEmpty)
    #expect(try world.queue.read { try AuditLog.entries(in: $0).count } == before + 2)
  }

  /// Plans assigned before the revisions were recorded compare instants, and a trainee's
  /// acknowledgement of an older revision since the plan began.
  @Test func plansWithoutTheirRevisionsFallBackOnInstantsAndAcknowledgements() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    try world.queue.write { try $0.execute(sql: "UPDATE training_assignment SET built_on = NULL") }
    try world.approve("COL-004", within: 2)  // the same instant as the assignment
    #expect(try world.training.pendingRetraining().isEmpty)
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)  // 2.0: up to date
    #expect(try world.training.pendingRetraining().isEmpty)

    let stale = try TrainingWorld()
    try stale.approve("COL-004")
    try stale.assign(TrainingWorld.tina)
    try stale.queue.write { try $0.execute(sql: "UPDATE training_assignment SET built_on = NULL") }
    try stale.training.acknowledge("COL-004", by: TrainingWorld.tina)
    try stale.approve("COL-004", within: 2)
    #expect(try stale.training.pendingRetraining().first?.key == "retrain-ack-COL-004@2.0")
  }
}
