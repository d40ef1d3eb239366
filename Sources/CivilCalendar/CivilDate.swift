/// A calendar date with no time or time zone, as invoices, due dates and effective dates
/// are: the one day type of every module. Arithmetic is in whole days on the proleptic
/// Gregorian calendar; the wall clock enters only through `init(utcDayOf:)`.
public struct CivilDate: Sendable, Hashable, Comparable {
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

  /// `YYYY-MM-DD` (a year outside 0-9999 keeps its digits and sign).
  ///
  /// The ten bytes are written in place: the web asks for today's date on every request, and
  /// padding and joining three strings took 7 times as long (366 against 53 ns a call, a
  /// micro-benchmark of 2026-12-03 that copied the replaced code; it left the repository with
  /// that code in 2026-12-04, see commit aeca8ec for it).
  public var iso: String {
    let (year, month, day) = components
    guard (0...9999).contains(year) else {
      return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }
    return String(unsafeUninitializedCapacity: 10) { bytes in
      let zero = UInt8(ascii: "0")
      let dash = UInt8(ascii: "-")
      bytes[0] = zero + UInt8(year / 1000)
      bytes[1] = zero + UInt8(year / 100 % 10)
      bytes[2] = zero + UInt8(year / 10 % 10)
      bytes[3] = zero + UInt8(year % 10)
      bytes[4] = dash
      bytes[5] = zero + UInt8(month / 10)
      bytes[6] = zero + UInt8(month % 10)
      bytes[7] = dash
      bytes[8] = zero + UInt8(day / 10)
      bytes[9] = zero + UInt8(day % 10)
      return 10
    }
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

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
  }
}

extension CivilDate: CustomStringConvertible {
  /// `YYYY-MM-DD`.
  public var description: String { iso }
}

extension CivilDate: Codable {
  /// Reads `YYYY-MM-DD` text, refusing what `init(iso:)` refuses.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "'\(text)' is not a date YYYY-MM-DD from \(CivilDate.supportedRangeText)")
    }
    self = date
  }

  /// Writes `YYYY-MM-DD` text, as database columns, JSON and front matter hold days.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
