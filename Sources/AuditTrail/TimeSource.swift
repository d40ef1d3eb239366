import Foundation

/// Where "now" comes from: the system clock in the app, a fixed or stepping clock in tests,
/// so every timestamp written to the database is reproducible under test.
public struct TimeSource: Sendable {
  private let read: @Sendable () -> Date

  /// Creates a time source from a closure returning the current instant.
  public init(_ read: @escaping @Sendable () -> Date) {
    self.read = read
  }

  /// The current instant.
  public func now() -> Date { read() }

  /// The machine's clock.
  public static let system = TimeSource { Date() }

  /// Always returns `date` (tests).
  public static func fixed(_ date: Date) -> TimeSource {
    TimeSource { date }
  }
}

extension Date {
  /// `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC: the one text form of an instant stored and hashed.
  public var utcTimestamp: String {
    formatted(
      Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC") ?? .gmt)
    )
  }

  /// Parses the form `utcTimestamp` writes; nil for anything else.
  public init?(utcTimestamp text: String) {
    guard
      let date = try? Date.ISO8601FormatStyle(
        includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC") ?? .gmt
      ).parse(text)
    else { return nil }
    self = date
  }
}
