import AuditTrail
import Foundation

/// The environment variables every entry point (CLI commands, `serve`) reads the same way.
public enum AcademyEnvironment {
  /// `explicit` (a `--data` flag), else `ACADEMY_DATA`, else `./.academy`.
  public static func dataFolder(_ explicit: String?) -> String {
    explicit ?? ProcessInfo.processInfo.environment["ACADEMY_DATA"] ?? ".academy"
  }

  /// The system clock, or the instant `ACADEMY_NOW` (an ISO timestamp) fixes, for tests and demos.
  public static var clock: TimeSource {
    guard let fixed = ProcessInfo.processInfo.environment["ACADEMY_NOW"], let date = Date(utcTimestamp: fixed)
    else { return .system }
    return .fixed(date)
  }
}
