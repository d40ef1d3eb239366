import AuditTrail
import GRDB
import TestSupport
import Testing

@testable import TrainingKit

@Suite struct RetrainingRuleTests {
  @Test func proceduralRevisionAddsAckAndRepracticeOnlyForAffectedTrainees() throws {
    let world = try TrainingWorld(day: "2026-03-02")
    try world.approve("COL-004")
    try world.approve("COL-002")
    try world.assign(TrainingWorld.tina)
    let other = PlanTemplate(
      id: "other", title: "Other",
      items: [PlanItemSpec(id: "ack-col-002", kind: .acknowledge, sopID: "COL-002", due: 1)])
    try world.assign(TrainingWorld.tom, plan: other)
    world.clock.set("2026-03-10")
    try world.approve("COL-004", within: 2)  // the process changed: procedural

    let created = try world.training.syncRetraining()
    #expect(created.map(\.key) == ["retrain-ack-COL-004@2.0", "retrain-pass-disputes@COL-004@2.0"])
    let tinaPlan = try #require(try world.training.progress(trainee: "tina").first)
    #expect(tinaPlan.items.count == 6)
    let ack = try #require(tinaPlan.items.first { $0.item.key == "retrain-ack-COL-004@2.0" })
    #expect(ack.item.origin == .retraining)
    #expect(ack.item.dueOn == "2026-03-17")  // 5 working days after Tuesday 10 March
    #expect(ack.item.sinceSequence == 2)
    let tomPlan = try #require(try world.training.progress(trainee: "tom").first)
    #expect(tomPlan.items.count == 1)
  }

  @Test func editorialRevisionTriggersNothing() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    world.clock.set("2026-03-10")
    let revision = try world.approve("COL-004", purpose: "How the whole team works, reworded.")
    #expect(revision.changeClass == .editorial)
    #expect(try world.training.syncRetraining().isEmpty)
  }

  @Test func retrainingIsIdempotentAndAudited() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    world.clock.set("2026-03-10")
    try world.approve("COL-004", within: 3)
    #expect(try world.training.syncRetraining().count == 2)
    #expect(try world.training.syncRetraining().isEmpty)
    _ = try world.training.progress()
    let entries = try world.queue.read { try AuditLog.entries(subject: "trainee:tina", in: $0) }
    #expect(entries.filter { $0.action == "training.retrain" }.count == 2)
    #expect(entries.allSatisfy { $0.action != "training.retrain" || $0.actor == "system" })
    #expect(try world.queue.read { try AuditLog.verify(in: $0) }.isIntact)
  }

  @Test func revisionBeforeTheAssignmentTriggersNothing() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    world.clock.set("2026-03-03")
    try world.approve("COL-004", within: 2)
    world.clock.set("2026-03-04")
    try world.assign(TrainingWorld.tina)
    #expect(try world.training.syncRetraining().isEmpty)
  }

  @Test func newAcknowledgementOfTheRevisionCompletesTheRetrainingItem() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    world.clock.set("2026-03-10")
    try world.approve("COL-004", within: 2)
    #expect(try world.training.syncRetraining().count == 2)
    var plan = try #require(try world.training.progress(trainee: "tina").first)
    #expect(plan.items.first { $0.item.key == "retrain-ack-COL-004@2.0" }?.isDone == false)
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    plan = try #require(try world.training.progress(trainee: "tina").first)
    #expect(plan.items.first { $0.item.key == "retrain-ack-COL-004@2.0" }?.isDone == true)
    // An attempt from before the change does not count for the re-practice.
    let repractice = try #require(plan.items.first { $0.item.key.hasPrefix("retrain-pass") })
    #expect(repractice.item.sinceDay == "2026-03-10")
    #expect(repractice.item.requires == ["retrain-ack-COL-004@2.0"])
  }

  @Test func translationSourceCountsAsIncluded() {
    let facts = SOPHistoryFacts(
      sopID: "COL-004-ES", title: "x", translationOf: "COL-004", approved: [], currentSequence: nil)
    let item = TrainingItem(
      assignmentID: 1, position: 1, key: "a", kind: .acknowledge, sopID: "COL-004-ES", dueOn: "2026-03-02")
    #expect(
      RetrainingRule.includedSOPs(items: [item], sops: ["COL-004-ES": facts]) == ["COL-004", "COL-004-ES"])
  }
}
