import CivilCalendar
import TestSupport
import Testing

@testable import TrainingKit

@Suite struct ForecastWeekendTests {
  /// A new plan is on plan on its first day whether it starts on a Monday or a Sunday.
  @Test func aFreshPlanIsForecastOnItsDueDate() {
    for start: CivilDate in ["2026-11-30", "2026-11-29", "2026-11-28"] {
      let forecast = Forecast.make(
        completedOn: [], remaining: 20, startOn: start, dueOn: "2027-01-08", total: 20, today: start)
      #expect(forecast.completionOn == "2027-01-08", "\(start)")
    }
  }
}
