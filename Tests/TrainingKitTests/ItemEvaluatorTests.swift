import TestSupport
import Testing

@testable import TrainingKit

@Suite struct ItemEvaluatorTests {
  let item = TrainingItem(
    id: 1, assignmentID: 1, position: 1, key: "pass-s", kind: .pass, scenarioID: "s", minScore: 80,
    attempts: 2,
    dueOn: "2026-03-20")

  func attempt(_ score: Double, on day: Int, _ kind: AttemptKind) -> Attempt {
    Attempt(
      trainee: "t", scenarioID: "s", seed: 1, score: score, passed: score >= 80, sopRevisions: [:],
      startedAt: "2026-03-0\(day)T09:00:00.000Z", finishedAt: "2026-03-0\(day)T09:30:00.000Z", kind: kind)
  }

  func progress(_ attempts: [Attempt]) -> ItemProgress? {
    ItemEvaluator(acknowledgements: [], attempts: attempts, today: "2026-03-10").evaluate([item]).first
  }

  @Test func aGuidedAttemptNeitherSatisfiesNorUsesUpAPassItem() throws {
    let guided = try #require(progress([attempt(100, on: 2, .guided), attempt(95, on: 3, .guided)]))
    #expect(guided.state == .open)
    #expect(guided.attemptsUsed == 0)
    #expect(guided.bestScore == nil)
  }

  @Test func anAssessedAttemptAtThePassMarkSatisfiesIt() throws {
    let passed = try #require(progress([attempt(100, on: 2, .guided), attempt(85, on: 4, .assessed)]))
    #expect(passed.state == .done)
    #expect(passed.completedOn == "2026-03-04")
    #expect(passed.attemptsUsed == 1)
    #expect(passed.bestScore == 85)
  }

  @Test func aPassCountsOnlyOnceItsPrerequisiteIsDone() throws {
    let ack = TrainingItem(
      id: 2, assignmentID: 1, position: 1, key: "ack-col-004", kind: .acknowledge, sopID: "COL-004",
      dueOn: "2026-03-05")
    var pass = item
    pass.requires = ["ack-col-004"]
    let attempts = [attempt(90, on: 3, .assessed)]
    let before = ItemEvaluator(acknowledgements: [], attempts: attempts, today: "2026-03-10").evaluate([
      ack, pass,
    ])
    #expect(before[1].state == .blocked)
    #expect(before[1].completedOn == nil)
    #expect(before[1].waitingFor == ["ack-col-004"])
    let signed = Acknowledgement(
      trainee: "t", printedName: "T", sopID: "COL-004", revisionNumber: "1.0", revisionSequence: 1,
      revisionHash: "h", signedAt: "2026-03-06T08:00:00.000Z")
    let after = ItemEvaluator(acknowledgements: [signed], attempts: attempts, today: "2026-03-10")
      .evaluate([ack, pass])
    #expect(after[1].state == .done)
    #expect(after[1].completedOn == "2026-03-06")
  }
}
