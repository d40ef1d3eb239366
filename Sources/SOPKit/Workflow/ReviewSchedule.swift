import Foundation

/// Periodic review: an effective revision is due for review `review_every_months` after it
/// took effect; `within` days ahead counts as due soon.
public enum ReviewSchedule {
  /// The day review is due: `effectiveOn` plus `months`, clamped to the month's end
  /// (2026-01-31 + 1 month = 2026-02-28). Nil when `effectiveOn` is not a date.
  public static func dueDate(effectiveOn: String, everyMonths months: Int) -> String? {
    guard let date = Day.date(from: effectiveOn),
      let due = Day.calendar.date(byAdding: .month, value: months, to: date)
    else { return nil }
    return Day.string(from: due)
  }

  /// Whether a review due on `dueDate` counts as due on `today`, looking `within` days ahead.
  public static func isDue(dueDate: String, today: String, within days: Int = 0) -> Bool {
    guard let horizon = Day.adding(days: days, to: today) else { return false }
    return dueDate <= horizon
  }
}
