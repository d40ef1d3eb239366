import CivilCalendar

/// Periodic review: an effective revision is due for review `review_every_months` after it
/// took effect; `within` days ahead counts as due soon.
public enum ReviewSchedule {
  /// The day review is due: `effectiveOn` plus `months`, clamped to the month's end
  /// (2026-01-31 + 1 month = 2026-02-28). Nil when `effectiveOn` is not a date.
  public static func dueDate(effectiveOn: String, everyMonths months: Int) -> String? {
    CivilDate(iso: effectiveOn)?.adding(months: months).iso
  }

  /// Whether a review due on `dueDate` counts as due on `today`, looking `within` days ahead.
  public static func isDue(dueDate: String, today: String, within days: Int = 0) -> Bool {
    guard let horizon = CivilDate(iso: today)?.adding(days: days).iso else { return false }
    return dueDate <= horizon
  }
}
