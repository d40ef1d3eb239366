import Foundation

/// `YYYY-MM-DD` days in the proleptic Gregorian calendar, UTC.
public enum Day {
  static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
    return calendar
  }()

  /// The UTC day of an instant.
  public static func string(from date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let year = parts.year ?? 1970
    let month = parts.month ?? 1
    let day = parts.day ?? 1
    return String(format: "%04d-%02d-%02d", year, month, day)
  }

  /// Midnight UTC of a `YYYY-MM-DD` day; nil for anything that is not a real date.
  public static func date(from text: String) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
      string(from: date) == text
    else { return nil }
    return date
  }

  /// `text` plus `days` days; nil when `text` is not a date.
  public static func adding(days: Int, to text: String) -> String? {
    guard let date = date(from: text), let later = calendar.date(byAdding: .day, value: days, to: date) else {
      return nil
    }
    return string(from: later)
  }
}
