import AuditTrail
import Foundation
import GRDB
import TestSupport
import Testing

@testable import TrainingKit

@Suite struct TrainingStoreTests {
  @Test func acknowledgementIsBoundToTheRevisionHashAndAudited() throws {
    let world = try TrainingWorld()
    let revision = try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    let ack = try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    #expect(ack.revisionHash == revision.hash)
    #expect(ack.revisionNumber == "1.0")
    #expect(ack.meaning == "acknowledgement")
    let entries = try world.queue.read { try AuditLog.entries(subject: "trainee:tina", in: $0) }
    #expect(entries.map(\.action) == ["training.assign", "training.acknowledge"])
    #expect(throws: TrainingError.alreadyAcknowledged(sopID: "COL-004", number: "1.0")) {
      try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    }
  }

  @Test func acknowledgementRefusedWithoutCurrentRevision() throws {
    let world = try TrainingWorld()
    #expect(throws: TrainingError.unknownSOP("COL-009")) {
      try world.training.acknowledge("COL-009", by: TrainingWorld.tina)
    }
    let candidate = TrainingWorld.content(id: "COL-009")
    _ = try world.sops.importRevision(
      .init(
        sopID: "COL-009", title: "x", owner: "olga", approvers: ["ar-team-lead"], reviewEveryMonths: 12,
        language: "en", translationOf: nil, content: candidate, sourcePath: "x.md"), by: TrainingWorld.author)
    #expect(throws: TrainingError.noCurrentRevision(sopID: "COL-009")) {
      try world.training.acknowledge("COL-009", by: TrainingWorld.tina)
    }
  }

  @Test func assignNeedsAManagerAndCopiesItemsWithWorkingDayDueDates() throws {
    let world = try TrainingWorld()
    #expect(throws: TrainingError.notPermitted(user: "tina", action: "assign plans", role: "manager")) {
      try world.training.assign(
        TrainingWorld.plan, scenarioSOPs: [:], trainee: "tom", start: "2026-03-02", due: nil, team: nil,
        by: TrainingWorld.tina)
    }
    let assignment = try world.assign(TrainingWorld.tina, start: "2026-03-06")  // a Friday
    #expect(assignment.dueOn == "2026-03-19")  // Friday + 9 working days
    #expect(assignment.team == "desk")
    let items = try #require(try world.training.progress(trainee: "tina").first).items
    #expect(items.map(\.item.dueOn) == ["2026-03-10", "2026-03-10", "2026-03-12", "2026-03-19"])
    #expect(items[2].item.governingSOPs == ["COL-004", "COL-002"])
  }

  @Test func aPlanIsAssignedToATraineeOnce() throws {
    let world = try TrainingWorld()
    try world.assign(TrainingWorld.tina, start: "2026-03-02")
    #expect(throws: TrainingError.self) { try world.assign(TrainingWorld.tina, start: "2026-03-09") }
    #expect(try world.training.assignments(trainee: "tina", team: nil).count == 1)
    try world.assign(TrainingWorld.tom, start: "2026-03-02")
    #expect(try world.training.assignments(trainee: "tom", team: nil).count == 1)
  }

  @Test func signOffWaitsForPrerequisitesThenRecordsTheTrainer() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    #expect(throws: TrainingError.blocked(item: "sign-off", waitingFor: ["pass-disputes"])) {
      try world.training.signOff("4", note: "ok", by: TrainingWorld.manager)
    }
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    try world.attempt(TrainingWorld.tina, score: 85)
    let signed = try world.training.signOff("#4", note: "Reviewed 10 notes", by: TrainingWorld.manager)
    #expect(signed.signedBy == "max")
    #expect(throws: TrainingError.notSignable(item: "4", reason: "already signed")) {
      try world.training.signOff("4", note: "again", by: TrainingWorld.manager)
    }
  }

  @Test func attemptsArriveAsDataAndBestOfNCounts() throws {
    let world = try TrainingWorld()
    try world.assign(TrainingWorld.tina)
    try world.approve("COL-004")
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    try world.attempt(TrainingWorld.tina, score: 60)
    try world.attempt(TrainingWorld.tina, score: 70)
    try world.attempt(TrainingWorld.tina, score: 95)  // a third attempt: beyond the 2 allowed
    let item = try #require(try world.training.progress(trainee: "tina").first?.items[2])
    #expect(item.state == .exhausted)
    #expect(item.bestScore == 70)
    #expect(item.attemptsUsed == 2)
    #expect(throws: TrainingError.invalidScore(101)) { try world.attempt(TrainingWorld.tina, score: 101) }
  }

  @Test func aPassItemWaitingForPrerequisitesCannotBePassed() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    // pass-disputes waits for ack-col-004: the attempt is practice (guided), never a pass.
    #expect(try world.training.attemptKind(trainee: "tina", scenario: "disputes") == .guided)
    #expect(throws: TrainingError.blocked(item: "pass-disputes", waitingFor: ["ack-col-004"])) {
      try world.attempt(TrainingWorld.tina, score: 100)
    }
    try world.attempt(TrainingWorld.tina, score: 100, kind: .guided)
    #expect(try world.training.progress(trainee: "tina").first?.items[2].state == .blocked)
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    #expect(try world.training.attemptKind(trainee: "tina", scenario: "disputes") == .assessed)
    try world.attempt(TrainingWorld.tina, score: 100)
    #expect(try world.training.progress(trainee: "tina").first?.items[2].state == .done)
  }

  @Test func raisedRiskMakesTheTraineeAtRiskUntilAnswered() throws {
    let world = try TrainingWorld()
    try world.assign(TrainingWorld.tina)
    let risk = try world.training.raiseRisk(
      "ack-col-004", reason: "Absent two days", commitOn: "2026-03-09", by: "tina")
    var plan = try #require(try world.training.progress(trainee: "tina").first)
    #expect(plan.level == .atRisk)
    #expect(plan.reasons.map(\.rule) == ["raised"])
    #expect(throws: TrainingError.notYourItem(item: "1", trainee: "tom")) {
      try world.training.raiseRisk("1", reason: "x", commitOn: nil, by: "tom")
    }
    try world.training.answerRisk(
      try #require(risk.id), answer: "New date 2026-03-09", by: TrainingWorld.manager)
    plan = try #require(try world.training.progress(trainee: "tina").first)
    #expect(plan.level == .onTrack)
    #expect(try world.training.risks().isEmpty)
    #expect(try world.training.risks(all: true).count == 1)
  }

  @Test func changesShowTheDiffSinceTheAcknowledgedRevision() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    world.clock.set("2026-03-10")
    try world.approve("COL-004", within: 4)
    let changes = try world.training.changes(trainee: "tina")
    let col004 = try #require(changes.first { $0.sopID == "COL-004" })
    #expect(col004.acknowledged == "1.0")
    #expect(col004.current == "2.0")
    let diff = try #require(col004.diff)
    #expect(diff.changeClass == .procedural)
    #expect(diff.text.contains("+    within: {days: 4, of: case_start}"))
    #expect(changes.first { $0.sopID == "COL-002" }?.current == nil)
  }

  @Test func acknowledgementWaitsForPrerequisites() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    let plan = PlanTemplate(
      id: "ordered", title: "Ordered",
      items: [
        PlanItemSpec(id: "intro", kind: .signOff, text: "Intro session", due: 0),
        PlanItemSpec(id: "ack-col-004", kind: .acknowledge, sopID: "COL-004", due: 1, requires: ["intro"]),
      ])
    try world.assign(TrainingWorld.tina, plan: plan)
    #expect(throws: TrainingError.blocked(item: "ack-col-004", waitingFor: ["intro"])) {
      try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    }
    try world.training.signOff("intro", trainee: "tina", note: "Done", by: TrainingWorld.manager)
    #expect(try world.training.acknowledge("COL-004", by: TrainingWorld.tina).revisionNumber == "1.0")
    // Someone without a plan may still acknowledge an SOP.
    #expect(try world.training.acknowledge("COL-004", by: TrainingWorld.tom).trainee == "tom")
  }
}
