import AuditTrail
import Crypto
import Foundation
import GRDB
import SOPKit

extension UserDirectory {
  /// Registers the token table's migration (its own identifier, so it never collides with the
  /// user table's numbered ones).
  static func registerTokenMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("people.tokens.v1") { db in
      try db.create(table: AutomationToken.databaseTableName) { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("user_name", .text).notNull().references(UserAccount.databaseTableName)
        table.column("secret_hash", .text).notNull().unique()
        table.column("issued_by", .text).notNull()
        table.column("issued_at", .text).notNull()
        table.column("revoked_at", .text)
        table.column("revoked_by", .text)
      }
    }
  }

  /// An admin, proven by `admin` (their password, checked by the caller), issues a token that
  /// acts as `name`. Returns the record and the secret, which is never stored: only its hash.
  public func issueToken(for name: String, by admin: Signer) throws -> (
    token: AutomationToken, secret: String
  ) {
    guard admin.credential == nil else { throw PeopleError.tokenCannotManage(admin.userName) }
    var bytes = [UInt8](repeating: 0, count: 32)
    var generator = SystemRandomNumberGenerator()
    for index in bytes.indices { bytes[index] = UInt8.random(in: .min ... .max, using: &generator) }
    let random = bytes.map { String(format: "%02x", $0) }.joined()
    return try writer.immediateTransaction { db in
      try Self.requireAdmin(admin.userName, in: db)
      guard try UserAccount.exists(db, key: name) else { throw PeopleError.unknownUser(name) }
      let next = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM automation_token")) ?? 1
      let secret = "academy_t\(next)_\(random)"
      var token = AutomationToken(
        id: next, userName: name, secretHash: Self.hash(secret), issuedBy: admin.userName,
        issuedAt: clock.now().utcTimestamp)
      try token.insert(db)
      let event = try AuditEvent(
        actor: admin.auditName, action: "token.issue", subject: "user:\(name)",
        before: [String: String]?.none, after: token.auditImage)
      try AuditLog.append(event, at: clock.now(), in: db)
      return (token, secret)
    }
  }

  /// An admin revokes token `label` (`t3` or `3`); it proves nothing from then on.
  @discardableResult
  public func revokeToken(_ label: String, by admin: Signer) throws -> AutomationToken {
    guard admin.credential == nil else { throw PeopleError.tokenCannotManage(admin.userName) }
    let digits = label.hasPrefix("t") ? String(label.dropFirst()) : label
    guard let id = Int64(digits) else { throw PeopleError.unknownTokenLabel(label) }
    return try writer.immediateTransaction { db in
      try Self.requireAdmin(admin.userName, in: db)
      guard var token = try AutomationToken.fetchOne(db, key: id) else {
        throw PeopleError.unknownTokenLabel(label)
      }
      guard token.isActive else { throw PeopleError.revokedToken(token.label, on: token.revokedAt ?? "") }
      let before = token.auditImage
      token.revokedAt = clock.now().utcTimestamp
      token.revokedBy = admin.userName
      try token.update(db)
      let event = try AuditEvent(
        actor: admin.auditName, action: "token.revoke", subject: "user:\(token.userName)", before: before,
        after: token.auditImage)
      try AuditLog.append(event, at: clock.now(), in: db)
      return token
    }
  }

  /// Every token ever issued, newest first (revoked ones too: the record stays).
  public func tokens() throws -> [AutomationToken] {
    try writer.read { db in try AutomationToken.order(Column("id").desc).fetchAll(db) }
  }

  /// The signer a token proves: its user, with the token named as the credential so the audit
  /// trail shows `ci-bot (token t3)`. Refuses unknown and revoked tokens.
  public func authenticate(token secret: String) throws -> Signer {
    let hash = Self.hash(secret.trimmingCharacters(in: .whitespacesAndNewlines))
    guard
      let token = try writer.read({ db in
        try AutomationToken.filter(Column("secret_hash") == hash).fetchOne(db)
      })
    else { throw PeopleError.unknownToken }
    guard token.isActive else { throw PeopleError.revokedToken(token.label, on: token.revokedAt ?? "") }
    var signer = try account(named: token.userName).signer
    signer.credential = "token \(token.label)"
    return signer
  }

  static func hash(_ secret: String) -> String {
    SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  static func requireAdmin(_ name: String, in db: Database) throws {
    guard let admin = try UserAccount.fetchOne(db, key: name) else { throw PeopleError.unknownUser(name) }
    guard admin.roleNames.contains(Role.admin.name) else { throw PeopleError.notAdmin(name) }
  }
}
