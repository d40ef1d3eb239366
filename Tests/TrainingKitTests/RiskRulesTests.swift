import CivilCalendar
import TestSupport
import Testing

@testable import TrainingKit

@Suite struct RiskRulesTests {
  let onTime = Forecast(pace: 1, usedPlanPace: false, completionOn: "2026-03-10")

  func item(
    _ key: String, due: CivilDate = "2026-03-20", state: ItemProgress.State = .open, overdue: Bool = false
  )
    -> ItemProgress
  {
    ItemProgress(
      item: TrainingItem(
        id: 1, assignmentID: 1, position: 1, key: key, kind: .pass, scenarioID: "s", minScore: 80,
        attempts: 3,
        dueOn: due),
      state: state, completedOn: nil, bestScore: state == .exhausted ? 60 : nil,
      attemptsUsed: state == .exhausted ? 3 : 0, overdue: overdue, waitingFor: [])
  }

  func attempts(_ scores: [Double]) -> [Attempt] {
    scores.enumerated().map { index, score in
      Attempt(
        trainee: "t", scenarioID: "s", seed: 1, score: score, passed: score >= 80, sopRevisions: [:],
        startedAt: "2026-03-0\(index + 2)T09:00:00.000Z", finishedAt: "2026-03-0\(index + 2)T09:30:00.000Z")
    }
  }

  func assess(
    items: [ItemProgress], forecast: Forecast? = nil, attempts: [Attempt] = [], risks: [RaisedRisk] = []
  ) -> (RiskLevel, [String]) {
    let result = RiskRules.assess(
      items: items, forecast: forecast ?? onTime, dueOn: "2026-03-20", attempts: attempts, openRisks: risks,
      today: "2026-03-12")
    return (result.level, result.reasons.map(\.rule))
  }

  @Test func onTrackWithNoReasons() {
    #expect(assess(items: [item("a")]) == (.onTrack, []))
  }

  @Test func overdueIsLate() {
    #expect(assess(items: [item("a", due: "2026-03-10", overdue: true)]) == (.late, ["overdue"]))
  }

  @Test func forecastAfterDueIsAtRisk() {
    let late = Forecast(pace: 0.2, usedPlanPace: false, completionOn: "2026-04-01")
    #expect(assess(items: [item("a")], forecast: late) == (.atRisk, ["forecast-after-due"]))
  }

  @Test func lowScoresAreAtRisk() {
    #expect(assess(items: [item("a")], attempts: attempts([65, 68])) == (.atRisk, ["low-scores"]))
    #expect(assess(items: [item("a")], attempts: attempts([65])) == (.onTrack, []))
  }

  @Test func fallingScoresAreAtRisk() {
    #expect(assess(items: [item("a")], attempts: attempts([92, 85, 79])) == (.atRisk, ["falling-scores"]))
    #expect(assess(items: [item("a")], attempts: attempts([92, 90, 88])) == (.onTrack, []))
  }

  @Test func usedUpAttemptsAreAtRisk() {
    #expect(assess(items: [item("a", state: .exhausted)]) == (.atRisk, ["attempts-used-up"]))
  }

  @Test func oneFailedCaseIsAtRisk() {
    var failed = item("a")
    failed.attemptsUsed = 1
    failed.bestScore = 8
    #expect(assess(items: [failed], attempts: attempts([8])) == (.atRisk, ["failed-attempt"]))
    failed.state = .done
    #expect(assess(items: [failed]) == (.onTrack, []))
  }

  @Test func raisedRiskIsAtRiskAndLateWins() {
    let risk = RaisedRisk(id: 3, itemID: 1, trainee: "t", reason: "absence", commitOn: nil, raisedAt: "x")
    #expect(assess(items: [item("a")], risks: [risk]) == (.atRisk, ["raised"]))
    let both = assess(items: [item("a", due: "2026-03-10", overdue: true)], risks: [risk])
    #expect(both == (.late, ["overdue", "raised"]))
  }
}
