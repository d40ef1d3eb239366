import CivilCalendar

/// A calendar half-year (H1 = January-June, H2 = July-December): the period for which a
/// statutory late-payment rate is fixed.
///
/// Source: Directive 2011/7/EU art. 2(6)-(7) and Ley 3/2004 art. 7.2: the reference rate is
/// the one in force on the first calendar day of each half-year, applied for six months.
public struct HalfYear: Sendable, Hashable, Comparable {
  /// The calendar year.
  public let year: Int
  /// 1 for January-June, 2 for July-December.
  public let half: Int

  /// The half-year `half` (1 or 2) of `year`; nil for any other `half`.
  public init?(year: Int, half: Int) {
    guard half == 1 || half == 2 else { return nil }
    self.year = year
    self.half = half
  }

  /// The half-year that contains `date`.
  public init(containing date: CivilDate) {
    let (year, month, _) = date.components
    self.year = year
    self.half = month <= 6 ? 1 : 2
  }

  /// Parses `2024-H1` / `2024-H2`; nil for anything else.
  public init?(text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
      let year = Int(parts[0])
    else { return nil }
    switch parts[1] {
    case "H1": self.init(year: year, half: 1)
    case "H2": self.init(year: year, half: 2)
    default: return nil
    }
  }

  /// January 1 or July 1: the day whose reference rate fixes the half-year's rate.
  public var firstDay: CivilDate {
    CivilDate(year: year, month: half == 1 ? 1 : 7, day: 1) ?? CivilDate(daysSinceEpoch: 0)
  }

  /// June 30 or December 31.
  public var lastDay: CivilDate {
    next.firstDay.adding(days: -1)
  }

  /// The following half-year.
  public var next: HalfYear {
    half == 1 ? HalfYear(uncheckedYear: year, half: 2) : HalfYear(uncheckedYear: year + 1, half: 1)
  }

  /// Orders half-years chronologically.
  public static func < (lhs: HalfYear, rhs: HalfYear) -> Bool {
    (lhs.year, lhs.half) < (rhs.year, rhs.half)
  }

  private init(uncheckedYear year: Int, half: Int) {
    self.year = year
    self.half = half
  }
}

extension HalfYear: CustomStringConvertible {
  /// `2024-H1`.
  public var description: String { "\(year)-H\(half)" }
}

extension HalfYear: Codable {
  /// Decodes the `2024-H1` form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = HalfYear(text: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a half-year like 2024-H1")
    }
    self = value
  }

  /// Encodes the `2024-H1` form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
