import AuditTrail
import Foundation
import GRDB
import HummingbirdBcrypt
import SOPKit

/// User accounts in the academy database: adding, listing and authenticating people, and
/// handing them to SOPKit as `Signer` values.
public struct UserDirectory: Sendable {
  /// Shortest password accepted (`PasswordPolicy` has every rule).
  public static let minimumPasswordLength = PasswordPolicy.minimumLength
  /// bcrypt cost (log2 rounds): 10 takes tens of milliseconds per check here.
  public static let bcryptCost: UInt8 = 10
  /// A hash of no one's password at `bcryptCost`: a log-in under an unknown name is checked
  /// against it, so it costs the same bcrypt work as a known name and its timing tells nothing.
  static let decoyHash = Bcrypt.hash(UUID().uuidString, cost: bcryptCost)

  /// The database.
  public let writer: any DatabaseWriter
  /// Where "now" comes from.
  public let clock: TimeSource

  /// Creates a directory over an open, migrated database.
  public init(writer: any DatabaseWriter, clock: TimeSource = .system) {
    self.writer = writer
    self.clock = clock
  }

  /// Registers the user table's migrations.
  public static func registerMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("people.v1") { db in
      try db.create(table: UserAccount.databaseTableName) { table in
        table.primaryKey("name", .text)
        table.column("full_name", .text).notNull()
        table.column("roles", .text).notNull()
        table.column("password_hash", .text).notNull()
        table.column("created_at", .text).notNull()
      }
    }
    migrator.registerMigration("people.v2") { db in
      try db.alter(table: UserAccount.databaseTableName) { table in
        table.add(column: "must_change_password", .boolean).notNull().defaults(to: false)
      }
    }
    // Binds users, their roles and password hashes to the audit chain.
    migrator.registerMigration("people.v3-seal") { db in
      try AuditSeal.seal(table: UserAccount.databaseTableName, in: db)
    }
    registerTokenMigrations(in: &migrator)
    // After an admin's reset, a second person releases the user's signing.
    migrator.registerMigration("people.v4-signing-hold") { db in
      try db.alter(table: UserAccount.databaseTableName) { table in
        table.add(column: "signing_hold_by", .text)
      }
    }
    // Automation tokens act for a person: bound to the chain like the users.
    migrator.registerMigration("people.tokens.v2-seal") { db in
      try AuditSeal.seal(table: "automation_token", in: db)
    }
    SessionStore.registerMigrations(in: &migrator)
  }

  /// Adds a user. On an empty store the first user needs no actor and must be an admin;
  /// after that `actor` must name an admin. Audited in the same transaction.
  @discardableResult
  public func add(
    name: String, fullName: String, roles: [Role], password: String, by actor: String?,
    mustChangePassword: Bool = false
  ) throws -> UserAccount {
    try UserDirectory.validate(name: name)
    let fullName = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !fullName.isEmpty else { throw PeopleError.missingFullName }
    guard !fullName.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
      throw PeopleError.invalidFullName(fullName)
    }
    try PasswordPolicy.check(password, userName: name, fullName: fullName)
    let hash = Bcrypt.hash(password, cost: UserDirectory.bcryptCost)
    let roleNames = Array(Set(roles.map(\.name))).sorted()
    return try writer.writeWithoutTransaction { db in
      var account: UserAccount?
      try db.inTransaction(.immediate) {
        let count = try UserAccount.fetchCount(db)
        let actorName: String
        if count == 0 {
          guard roles.contains(.admin) else { throw PeopleError.firstUserMustBeAdmin }
          actorName = actor ?? name
        } else {
          guard let actor else { throw PeopleError.actorRequired }
          guard let admin = try UserAccount.fetchOne(db, key: actor) else {
            throw PeopleError.unknownUser(actor)
          }
          guard admin.roleNames.contains(Role.admin.name) else { throw PeopleError.notAdmin(actor) }
          actorName = actor
        }
        if try UserAccount.exists(db, key: name) { throw PeopleError.duplicateUser(name) }
        let created = UserAccount(
          name: name, fullName: fullName, roles: try AuditEvent.canonicalJSON(roleNames), passwordHash: hash,
          createdAt: clock.now().utcTimestamp, mustChangePassword: mustChangePassword)
        try created.insert(db)
        let event = try AuditEvent(
          actor: actorName, action: "user.add", subject: "user:\(name)", before: [String: String]?.none,
          after: created.auditImage)
        try AuditLog.append(event, at: clock.now(), in: db)
        account = created
        return .commit
      }
      guard let account else { throw PeopleError.unknownUser(name) }
      return account
    }
  }

  /// Every user, by name.
  public func list() throws -> [UserAccount] {
    try writer.read { db in try UserAccount.order(Column("name")).fetchAll(db) }
  }

  /// Whether no user exists yet.
  public func isEmpty() throws -> Bool {
    try writer.read { db in try UserAccount.fetchCount(db) == 0 }
  }

  /// The signer for `name`, without a password (for actions that do not sign).
  public func signer(named name: String) throws -> Signer {
    try account(named: name).signer
  }

  /// The signer for `name` if `password` matches: the two components of an e-signature.
  /// An unknown name costs the same bcrypt work as a known one (checked against a decoy hash),
  /// so the time taken does not tell which names exist.
  public func authenticate(name: String, password: String) throws -> Signer {
    guard let account = try writer.read({ db in try UserAccount.fetchOne(db, key: name) }) else {
      _ = Bcrypt.verify(password, hash: UserDirectory.decoyHash)
      throw PeopleError.unknownUser(name)
    }
    guard Bcrypt.verify(password, hash: account.passwordHash) else { throw PeopleError.wrongPassword(name) }
    return account.signer
  }

  /// The signer for `name` if `password` matches and is the user's own: a password someone else
  /// set (a reset's or a new account's one-time password) proves nothing and signs nothing until
  /// the user has changed it, so whoever handed it over cannot act or sign in the user's name.
  public func authenticateOwn(name: String, password: String) throws -> Signer {
    let signer = try authenticate(name: name, password: password)
    let account = try account(named: name)
    guard !account.mustChangePassword else { throw PeopleError.passwordNotOwn(name) }
    if let admin = account.signingHoldBy { throw PeopleError.signingOnHold(name, resetBy: admin) }
    return signer
  }

  /// The account for `name` (never its password, only the hash).
  public func account(named name: String) throws -> UserAccount {
    guard let account = try writer.read({ db in try UserAccount.fetchOne(db, key: name) }) else {
      throw PeopleError.unknownUser(name)
    }
    return account
  }

  static func validate(name: String) throws(PeopleError) {
    let allowed = name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
    }
    guard allowed, (2...64).contains(name.count) else { throw .invalidUserName(name) }
  }
}
