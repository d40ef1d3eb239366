import Foundation

/// `YYYY-MM-DD` days in the proleptic Gregorian calendar, UTC.
public enum Day {
  static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
    return calendar
  }()

  /// The UTC day of an instant. Plain arithmetic (days since 1970 to a civil date), no
  /// calendar object: the web app asks for "today" on every request.
  public static func string(from date: Date) -> String {
    let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
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
