import CivilCalendar

/// Days-past-due arithmetic for aging reports.
///
/// Source: `shared/DOMAIN.md` "Aging": `dpd = asOf - dueDate` in calendar days. Weekends and
/// bank holidays count; an item is not past due on its due date itself.
public enum Aging {
  /// Calendar days from `dueDate` to `asOf`: 0 on the due date, negative before it.
  public static func daysPastDue(dueDate: CivilDate, asOf: CivilDate) -> Int {
    dueDate.days(until: asOf)
  }
}
