/// A calendar date with no time or time zone, as invoices and due dates are: the simulator
/// counts in whole days and never touches the wall clock.
public struct CivilDate: Sendable, Hashable, Comparable, Codable {
  /// Days since 1970-01-01 (negative before).
  public let daysSinceEpoch: Int

  /// Creates the date that is `daysSinceEpoch` days after 1970-01-01.
  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// Creates a date from its parts; nil when the day does not exist (2023-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else {
      return nil
    }
    self.init(daysSinceEpoch: CivilDate.days(year: year, month: month, day: day))
  }

  /// The years a date read from text may fall in. Every date a user, a scenario, an
  /// actions file or a form gives is parsed by `init(iso:)`, which refuses the rest: the
  /// generator reaches years back from a case start (payment histories) and the simulation
  /// years forward (waits of up to ten years), and within these bounds every such date
  /// keeps a four-digit year and no arithmetic on it can overflow.
  public static let supportedYears = 1900...2199

  /// `supportedYears` as text, for messages.
  public static let supportedRangeText = "1900-01-01 to 2199-12-31"

  /// Parses `YYYY-MM-DD` with a year in `supportedYears`; nil for anything else.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      [parts[0], parts[1], parts[2]].allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      Self.supportedYears.contains(year)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Year, month and day.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The year.
  public var year: Int { components.year }
  /// The month, 1-12.
  public var month: Int { components.month }
  /// The day of the month.
  public var day: Int { components.day }

  /// `YYYY-MM-DD`.
  public var iso: String {
    let (year, month, day) = components
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Day of the week, 1 = Monday ... 7 = Sunday (ISO 8601).
  public var isoWeekday: Int {
    // 1970-01-01 was a Thursday (4).
    ((daysSinceEpoch % 7 + 7 + 3) % 7) + 1
  }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// Calendar days from `self` to `other` (positive when `other` is later).
  public func days(until other: CivilDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// Same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
  public func adding(months: Int) -> CivilDate {
    let (year, month, day) = components
    let total = year * 12 + (month - 1) + months
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
    return CivilDate(daysSinceEpoch: CivilDate.days(year: newYear, month: newMonth, day: newDay))
  }

  /// Orders dates chronologically.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func days(year: Int, month: Int, day: Int) -> Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

extension CivilDate: CustomStringConvertible {
  /// `YYYY-MM-DD`.
  public var description: String { iso }
}
