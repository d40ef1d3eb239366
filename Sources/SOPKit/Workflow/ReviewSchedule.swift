import CivilCalendar

/// Periodic review: an effective revision is due for review `review_every_months` after it
/// took effect; `within` days ahead counts as due soon.
public enum ReviewSchedule {
  /// The day review is due: `effectiveOn` plus `months`, clamped to the month's end
  /// (2026-01-31 + 1 month = 2026-02-28).
  public static func dueDate(effectiveOn: CivilDate, everyMonths months: Int) -> CivilDate {
    effectiveOn.adding(months: months)
  }

  /// Whether a review due on `dueDate` counts as due on `today`, looking `within` days ahead.
  public static func isDue(dueDate: CivilDate, today: CivilDate, within days: Int = 0) -> Bool {
    dueDate <= today.adding(days: days)
  }
}
