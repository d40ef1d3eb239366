import Foundation

extension CivilDate {
  /// The day, in UTC, on which `instant` falls: the day the stores stamp "today" with.
  public init(utcDayOf instant: Date) {
    self.init(daysSinceEpoch: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// Midnight UTC at the start of the day.
  public var midnightUTC: Date {
    Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
  }
}

extension CivilDate {
  /// The day of a stored UTC timestamp (`2026-03-02T09:15:00.000Z`): its first ten
  /// characters. Nil when they are not a date.
  public init?(dayOf timestamp: String) {
    self.init(iso: String(timestamp.prefix(10)))
  }
}
