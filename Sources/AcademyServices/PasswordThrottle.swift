import AuditTrail
import Foundation
import GRDB

/// Slows password guessing on every password check (log-in, password change, e-signatures):
/// after `freeAttempts` wrong passwords for one user name from one client address, each further
/// check waits 30 s, doubling up to 15 minutes, until a right password clears the count.
///
/// Counting by name *and* address means a wrong password typed elsewhere never locks the user
/// out where they work; the counters are rows in the database, so a restart clears nothing.
public struct PasswordThrottle: Sendable {
  /// Wrong passwords allowed before the first wait.
  public static let freeAttempts = 5
  /// The longest wait, in seconds.
  public static let longestWait: TimeInterval = 900
  /// Counters idle this long are deleted (a wait never outlasts `longestWait`).
  static let forgetAfter: TimeInterval = 86_400
  static let table = "password_attempt"

  /// The database.
  public let writer: any DatabaseWriter
  /// Where "now" comes from.
  public let clock: TimeSource

  /// Creates a throttle over an open, migrated database.
  public init(writer: any DatabaseWriter, clock: TimeSource) {
    self.writer = writer
    self.clock = clock
  }

  /// Registers the counters' table.
  public static func registerMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("sessions.throttle.v1") { db in
      try db.create(table: table) { table in
        table.column("user_name", .text).notNull()
        table.column("client", .text).notNull()
        table.column("failures", .integer).notNull()
        table.column("last_failure", .double).notNull()
        table.primaryKey(["user_name", "client"])
      }
    }
  }

  /// Seconds `user` must wait before checking a password from `client`; 0 when allowed now.
  public func wait(user: String, client: String) throws -> Int {
    let row = try writer.read { db in
      try Row.fetchOne(
        db, sql: "SELECT failures, last_failure FROM \(Self.table) WHERE user_name = ? AND client = ?",
        arguments: [user.lowercased(), client])
    }
    guard let row else { return 0 }
    let failures: Int = row["failures"]
    guard failures >= Self.freeAttempts else { return 0 }
    let last = Date(timeIntervalSince1970: row["last_failure"])
    let remaining = last.addingTimeInterval(Self.delay(after: failures)).timeIntervalSince(clock.now())
    return remaining > 0 ? Int(remaining.rounded(.up)) : 0
  }

  /// Counts a wrong password for `user` from `client` (and forgets counters idle for a day).
  public func failed(user: String, client: String) throws {
    let now = clock.now().timeIntervalSince1970
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO \(Self.table) (user_name, client, failures, last_failure) VALUES (?, ?, 1, ?)
          ON CONFLICT (user_name, client) DO UPDATE SET failures = failures + 1, last_failure = excluded.last_failure
          """,
        arguments: [user.lowercased(), client, now])
      try db.execute(
        sql: "DELETE FROM \(Self.table) WHERE last_failure < ?", arguments: [now - Self.forgetAfter])
    }
  }

  /// A right password: the count for `user` from `client` starts again.
  public func succeeded(user: String, client: String) throws {
    try writer.write { db in
      try db.execute(
        sql: "DELETE FROM \(Self.table) WHERE user_name = ? AND client = ?",
        arguments: [user.lowercased(), client])
    }
  }

  /// The wait after `count` wrong passwords: none for the free ones, then 30 s doubling.
  public static func delay(after count: Int) -> TimeInterval {
    guard count >= freeAttempts else { return 0 }
    let steps = min(count - freeAttempts, 10)
    return min(longestWait, 30 * pow(2, Double(steps)))
  }
}
