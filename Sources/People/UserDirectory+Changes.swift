import AuditTrail
import Foundation
import GRDB
import HummingbirdBcrypt
import SOPKit

extension UserDirectory {
  /// Replaces `name`'s password after checking the current one, and clears the must-change
  /// flag; every web session of the user ends but the one `keptSession` (an id hash) names,
  /// the one the change was made in. Audited in the same transaction; the entry never holds a
  /// hash.
  public func changePassword(
    name: String, current: String, new password: String, keepingSession keptSession: String? = nil
  ) throws {
    let account = try account(named: name)
    guard Bcrypt.verify(current, hash: account.passwordHash) else { throw PeopleError.wrongPassword(name) }
    // Only a right current password gets this far, so a wrong one is answered the same way
    // whatever the new password is.
    guard password != current else { throw PeopleError.samePassword }
    try PasswordPolicy.check(password, userName: name, fullName: account.fullName)
    let hash = Bcrypt.hash(password, cost: UserDirectory.bcryptCost)
    try update(name, action: "user.password", actor: name, endSessions: .allBut(keptSession)) { account in
      account.passwordHash = hash
      account.mustChangePassword = false
    }
  }

  /// An admin sets `name`'s roles and signs out every session of theirs (the next log-in gets
  /// the new roles). The last admin cannot drop the admin role.
  @discardableResult
  public func setRoles(name: String, roles: [Role], by admin: String) throws -> UserAccount {
    let names = Array(Set(roles.map(\.name))).sorted()
    return try update(name, action: "user.roles", actor: admin, requireAdmin: true, endSessions: .allBut(nil))
    { account in
      account.roles = try AuditEvent.canonicalJSON(names)
    } check: { db, account in
      guard !names.contains(Role.admin.name), account.roleNames.contains(Role.admin.name) else { return }
      let admins = try UserAccount.fetchAll(db).filter { $0.roleNames.contains(Role.admin.name) }
      if admins.count <= 1 { throw PeopleError.lastAdmin(name) }
    }
  }

  /// An admin gives `name` a new one-time password, to be changed at the next log-in, and
  /// signs out every session of theirs.
  public func resetPassword(name: String, to password: String, by admin: String) throws {
    try PasswordPolicy.check(password, userName: name, fullName: try account(named: name).fullName)
    let hash = Bcrypt.hash(password, cost: UserDirectory.bcryptCost)
    try update(
      name, action: "user.password.reset", actor: admin, requireAdmin: true, endSessions: .allBut(nil)
    ) { account in
      account.passwordHash = hash
      account.mustChangePassword = true
      account.signingHoldBy = admin
    }
  }

  /// A second person confirms `name`'s identity after an admin's reset and releases their
  /// signing: an admin or a manager, authenticated by the caller with their own password
  /// (`authenticateOwn`), never the admin who reset it nor the user. Audited.
  public func releaseSigning(name: String, by confirming: Signer) throws {
    let releaser = confirming.userName
    guard confirming.holds(Role.admin.name) || confirming.holds(Role.manager.name) else {
      throw PeopleError.cannotReleaseSigning(releaser, reason: "needs the role admin or manager")
    }
    let account = try account(named: name)
    guard let resetBy = account.signingHoldBy else {
      throw PeopleError.cannotReleaseSigning(releaser, reason: "\(name)'s signing is not on hold")
    }
    guard releaser != resetBy, releaser != name else {
      throw PeopleError.cannotReleaseSigning(
        releaser, reason: "a second person must confirm: neither \(resetBy), who reset it, nor \(name)")
    }
    try update(name, action: "user.signing.release", actor: releaser) { account in
      account.signingHoldBy = nil
    }
  }

  /// Which web sessions of the account a change ends.
  private enum EndedSessions {
    /// None.
    case none
    /// All but the one this id hash names (nil: all).
    case allBut(String?)
  }

  /// Reads, changes and writes one account with its audit entry in one IMMEDIATE transaction,
  /// ending the sessions `endSessions` says (with their own entry) in the same one.
  @discardableResult
  private func update(
    _ name: String, action: String, actor: String, requireAdmin: Bool = false,
    endSessions: EndedSessions = .none,
    change: (inout UserAccount) throws -> Void,
    check: (Database, UserAccount) throws -> Void = { _, _ in }
  ) throws -> UserAccount {
    try writer.writeWithoutTransaction { db in
      var result: UserAccount?
      try db.inTransaction(.immediate) {
        if requireAdmin {
          guard let admin = try UserAccount.fetchOne(db, key: actor) else {
            throw PeopleError.unknownUser(actor)
          }
          guard admin.roleNames.contains(Role.admin.name) else { throw PeopleError.notAdmin(actor) }
        }
        guard var account = try UserAccount.fetchOne(db, key: name) else {
          throw PeopleError.unknownUser(name)
        }
        try check(db, account)
        let before = account.auditImage
        try change(&account)
        try account.update(db)
        let event = try AuditEvent(
          actor: actor, action: action, subject: "user:\(name)", before: before, after: account.auditImage)
        try AuditLog.append(event, at: clock.now(), in: db)
        if case .allBut(let kept) = endSessions {
          try SessionStore.endAll(of: name, except: kept, by: actor, at: clock.now(), in: db)
        }
        result = account
        return .commit
      }
      guard let result else { throw PeopleError.unknownUser(name) }
      return result
    }
  }
}
