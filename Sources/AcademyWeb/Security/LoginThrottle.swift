import Foundation

/// Slows password guessing: after 5 failed log-ins for a user name, each further attempt waits
/// 30 s, doubling up to 15 minutes, until a log-in succeeds.
actor LoginThrottle {
  static let freeAttempts = 5
  private var failures: [String: (count: Int, last: Date)] = [:]

  /// Seconds to wait before `name` may try again; 0 when allowed now.
  func wait(for name: String, now: Date = Date()) -> Int {
    guard let record = failures[name.lowercased()], record.count >= Self.freeAttempts else { return 0 }
    let delay = Self.delay(after: record.count)
    let remaining = record.last.addingTimeInterval(delay).timeIntervalSince(now)
    return remaining > 0 ? Int(remaining.rounded(.up)) : 0
  }

  func failed(_ name: String, now: Date = Date()) {
    let key = name.lowercased()
    let count = (failures[key]?.count ?? 0) + 1
    failures[key] = (count, now)
  }

  func succeeded(_ name: String) {
    failures[name.lowercased()] = nil
  }

  static func delay(after count: Int) -> TimeInterval {
    let steps = max(0, count - freeAttempts)
    return min(900, 30 * pow(2, Double(steps)))
  }
}
