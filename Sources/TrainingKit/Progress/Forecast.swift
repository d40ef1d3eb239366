import CivilCalendar

/// Forecasts the day a plan will be complete from the trainee's pace. The method (also in
/// `docs/training.md`): pace = items completed in the window / working days the window
/// spans, where the window is the last 5 completed items and runs from the completion before
/// them (or the start date) to today. New starters (fewer than 3 items done) get at least
/// the plan's own pace (items / working days from start to due), projected over the whole
/// plan from its start, so one slow first day does not forecast a year; and pace never
/// drops below `minimumPace`, so the forecast is finite.
public struct Forecast: Sendable, Hashable {
  /// Completed items the pace looks at.
  public static let window = 5
  /// Below this many completed items the plan's own pace is a floor.
  public static let newStarterItems = 3
  /// Items per working day the pace never drops below.
  public static let minimumPace = 0.1

  /// Items per working day used.
  public var pace: Double
  /// Whether the new-starter floor decided the pace.
  public var usedPlanPace: Bool
  /// The forecast completion day.
  public var completionOn: CivilDate

  /// Forecasts from the completion days of the done items, the number still open, the
  /// plan's start and due days, and today.
  public static func make(
    completedOn: [CivilDate], remaining: Int, startOn: CivilDate, dueOn: CivilDate, total: Int,
    today: CivilDate
  ) -> Forecast {
    let completions = completedOn.sorted()
    // A plan starting on a weekend starts on the Monday: its due date was counted from there.
    let start = WorkingDays.rolledForward(startOn)
    let due = dueOn
    let now = max(today, start)
    guard remaining > 0 else {
      return Forecast(pace: 0, usedPlanPace: false, completionOn: completions.last ?? now)
    }
    let planPace = Double(max(total, 1)) / Double(max(WorkingDays.between(start, due), 1))
    let recent = completions.suffix(window)
    let windowStart = completions.count > window ? completions[completions.count - window - 1] : start
    let span = max(WorkingDays.between(windowStart, now), 1)
    var pace = Double(recent.count) / Double(span)
    var usedPlan = false
    if completions.count < newStarterItems, pace < planPace {
      pace = planPace
      usedPlan = true
    }
    pace = max(pace, minimumPace)
    if completions.count < newStarterItems {
      // Too little evidence: project the whole plan from its start at the floor pace, so a
      // new starter counts as on plan until items go overdue (which the late rule reports).
      let fromStart = WorkingDays.adding(Self.wholeDays(Double(total) / pace), to: start)
      return Forecast(pace: pace, usedPlanPace: usedPlan, completionOn: max(fromStart, now))
    }
    let daysNeeded = Self.wholeDays(Double(remaining) / pace)
    return Forecast(
      pace: pace, usedPlanPace: usedPlan, completionOn: WorkingDays.adding(daysNeeded, to: now))
  }

  /// Days rounded up, ignoring floating-point dust (20 / (20 / 30) is 30.000000000000004).
  static func wholeDays(_ days: Double) -> Int {
    Int((days - 1e-9).rounded(.up))
  }
}
