import CivilCalendar
import TestSupport
import Testing

@testable import TrainingKit

@Suite struct ForecastTests {
  @Test func newStarterGetsThePlanPaceAsAFloor() {
    // 10 items over 10 working days = 1 a day; nothing done after 2 working days.
    let forecast = Forecast.make(
      completedOn: [], remaining: 10, startOn: "2026-03-02", dueOn: "2026-03-16", total: 10,
      today: "2026-03-04")
    #expect(forecast.usedPlanPace)
    #expect(forecast.pace == 1)
    #expect(forecast.completionOn == "2026-03-16")  // the plan's own due date

    // Fast new starter: 2 items on day 1 of a 10-day plan of 10 items is 2 a day.
    let fast = Forecast.make(
      completedOn: ["2026-03-03", "2026-03-03"], remaining: 8, startOn: "2026-03-02", dueOn: "2026-03-16",
      total: 10, today: "2026-03-03")
    #expect(!fast.usedPlanPace)
    #expect(fast.completionOn == "2026-03-09")
  }

  @Test func paceFromTheLastFiveCompletedItems() {
    // Six done; the window is the last five, from the first completion (03-03) to today (03-13): 8 working days.
    let done: [CivilDate] = [
      "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10",
    ]
    let forecast = Forecast.make(
      completedOn: done, remaining: 4, startOn: "2026-03-02", dueOn: "2026-03-13", total: 10,
      today: "2026-03-13")
    #expect(!forecast.usedPlanPace)
    #expect(forecast.pace == 5.0 / 8.0)
    #expect(forecast.completionOn == "2026-03-24")  // ceil(4 / 0.625) = 7 working days after Friday
  }

  @Test func idleTraineeSlowsDownButStaysFinite() {
    let forecast = Forecast.make(
      completedOn: ["2026-03-02", "2026-03-02", "2026-03-02"], remaining: 2, startOn: "2026-03-02",
      dueOn: "2026-03-06", total: 5, today: "2026-06-01")
    #expect(forecast.pace == Forecast.minimumPace)
    #expect(forecast.completionOn == "2026-06-29")  // 20 working days
  }

  @Test func finishedPlanForecastsItsLastCompletion() {
    let forecast = Forecast.make(
      completedOn: ["2026-03-03", "2026-03-05"], remaining: 0, startOn: "2026-03-02", dueOn: "2026-03-06",
      total: 2, today: "2026-03-20")
    #expect(forecast.completionOn == "2026-03-05")
  }
}
