import CivilCalendar

/// Monday-to-Friday arithmetic. Public holidays are not modelled: a plan's offsets are
/// guidance a team lead adjusts, and the desks span countries with different holidays.
public enum WorkingDays {
  /// Whether `date` falls Monday to Friday.
  public static func isWorkingDay(_ date: CivilDate) -> Bool {
    date.isoWeekday <= 5
  }

  /// The first working day on or after `date`.
  public static func rolledForward(_ date: CivilDate) -> CivilDate {
    var day = date
    while !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }

  /// `count` working days after `start` (rolled forward to a working day first); 0 is the
  /// start itself, so a Monday start plus 4 is that Friday.
  public static func adding(_ count: Int, to start: CivilDate) -> CivilDate {
    var day = rolledForward(start)
    var left = max(count, 0)
    // Whole weeks first, so a large offset does not walk day by day.
    day = day.adding(days: (left / 5) * 7)
    left %= 5
    while left > 0 {
      day = day.adding(days: 1)
      if isWorkingDay(day) { left -= 1 }
    }
    return day
  }

  /// Working days `d` with `from < d <= to`; 0 when `to` is not after `from`.
  public static func between(_ from: CivilDate, _ to: CivilDate) -> Int {
    guard to > from else { return 0 }
    let span = from.days(until: to)
    var count = (span / 7) * 5
    var day = from.adding(days: (span / 7) * 7)
    while day < to {
      day = day.adding(days: 1)
      if isWorkingDay(day) { count += 1 }
    }
    return count
  }
}
