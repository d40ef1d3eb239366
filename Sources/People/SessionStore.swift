import AuditTrail
import Foundation
import GRDB

/// Signed-in web sessions in the academy database (SQLite through GRDB). A row exists only
/// for a signed-in user; anonymous visitors have none. Rows are sealed like the users: a
/// session written outside the application (to sign in as someone) breaks `audit verify`.
public struct SessionStore: SessionRepository {
  static let secretTable = "session_secret"

  /// The database.
  public let writer: any DatabaseWriter
  /// Where "now" comes from.
  public let clock: TimeSource

  /// Creates a store over an open, migrated database.
  public init(writer: any DatabaseWriter, clock: TimeSource) {
    self.writer = writer
    self.clock = clock
  }

  /// The session table and the cookie secret: a random 32 bytes made once, in the database,
  /// so every instance serving this database signs and checks cookies alike.
  static func registerMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("people.sessions.v1") { db in
      try db.create(table: WebSessionRecord.databaseTableName) { table in
        table.primaryKey("id_hash", .text)
        table.column("user_name", .text).notNull().indexed().references(UserAccount.databaseTableName)
        table.column("csrf", .text).notNull()
        table.column("language", .text)
        table.column("created_at", .text).notNull()
        table.column("expires_at", .text).notNull().indexed()
      }
      try AuditSeal.seal(table: WebSessionRecord.databaseTableName, in: db)
      try db.create(table: secretTable) { table in
        table.primaryKey("id", .integer).check { $0 == 1 }
        table.column("secret", .blob).notNull()
      }
      var generator = SystemRandomNumberGenerator()
      let secret = Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
      try db.execute(sql: "INSERT INTO \(secretTable) (id, secret) VALUES (1, ?)", arguments: [secret])
    }
  }

  /// The row with its account: one read snapshot.
  public func session(idHash: String) throws -> StoredSession? {
    try writer.read { db in
      guard let record = try WebSessionRecord.fetchOne(db, key: idHash),
        let account = try UserAccount.fetchOne(db, key: record.userName)
      else { return nil }
      return StoredSession(record: record, account: account)
    }
  }

  /// Log-in: the new row, the browser's old one and expired ones gone, audited.
  public func start(_ session: WebSessionRecord, replacing old: String?) throws {
    try writer.immediateTransaction { db in
      let now = clock.now()
      if let old { try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [old]) }
      try db.execute(sql: "DELETE FROM web_session WHERE expires_at < ?", arguments: [now.utcTimestamp])
      try session.insert(db)
      let event = try AuditEvent(
        actor: session.userName, action: "session.start", subject: "user:\(session.userName)",
        before: [String: String]?.none, after: session.auditImage)
      try AuditLog.append(event, at: now, in: db)
    }
  }

  /// Log-out, audited.
  public func end(idHash: String) throws {
    try writer.immediateTransaction { db in
      guard let session = try WebSessionRecord.fetchOne(db, key: idHash) else { return }
      try session.delete(db)
      let event = try AuditEvent(
        actor: session.userName, action: "session.end", subject: "user:\(session.userName)",
        before: session.auditImage, after: [String: String]?.none)
      try AuditLog.append(event, at: clock.now(), in: db)
    }
  }

  /// The session's language, audited (nothing when unchanged).
  public func setLanguage(idHash: String, to language: String) throws {
    try writer.immediateTransaction { db in
      guard var session = try WebSessionRecord.fetchOne(db, key: idHash), session.language != language
      else { return }
      let before = session.auditImage
      session.language = language
      try session.update(db)
      let event = try AuditEvent(
        actor: session.userName, action: "session.language", subject: "user:\(session.userName)",
        before: before, after: session.auditImage)
      try AuditLog.append(event, at: clock.now(), in: db)
    }
  }

  /// The 32 bytes the migration made.
  public func cookieSecret() throws -> [UInt8] {
    let secret = try writer.read { db in
      try Data.fetchOne(db, sql: "SELECT secret FROM \(Self.secretTable) WHERE id = 1")
    }
    guard let secret, secret.count == 32 else { throw PeopleError.missingCookieSecret }
    return Array(secret)
  }

  /// Inside the caller's transaction: removes `user`'s sessions but `kept`, with one audit
  /// entry when any ended. A change of roles or password calls this in its own transaction.
  @discardableResult
  static func endAll(of user: String, except kept: String?, by actor: String, at time: Date, in db: Database)
    throws -> Int
  {
    var request = WebSessionRecord.filter(Column("user_name") == user)
    if let kept { request = request.filter(Column("id_hash") != kept) }
    let ended = try request.fetchAll(db)
    guard !ended.isEmpty else { return 0 }
    _ = try request.deleteAll(db)
    let event = try AuditEvent(
      actor: actor, action: "session.end-all", subject: "user:\(user)",
      before: ["sessions": ended.map { String($0.idHash.prefix(12)) }.sorted()],
      after: [String: [String]]?.none)
    try AuditLog.append(event, at: time, in: db)
    return ended.count
  }
}
