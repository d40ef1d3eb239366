import AuditTrail
import Foundation
import People
import SOPKit

/// The use cases of people: proving who one is (every password check goes through one
/// throttle, web and command line alike), users and their roles, passwords, the signing hold
/// and automation tokens.
public struct Users: Sendable {
  let directory: any UserRepository
  let attempts: any PasswordAttempts

  /// The client name the command line's password checks count under.
  public static let commandLine = "cli"

  /// Runs `work`, which checks `user`'s password (and may then do what it guards), behind the
  /// throttle for `user` from `client`. `work` signals a wrong password by throwing
  /// `PeopleError.wrongPassword` or `.unknownUser`; any other error means the password was
  /// right and something else refused: the count is cleared and the error rethrown.
  public func checkPassword<Value: Sendable>(
    of user: String, from client: String, _ work: () throws -> Value
  ) throws -> PasswordCheck<Value> {
    let wait = try attempts.wait(user: user, client: client)
    if wait > 0 { return .throttled(minutes: (wait + 59) / 60) }
    do {
      let value = try work()
      try attempts.succeeded(user: user, client: client)
      return .passed(value)
    } catch PeopleError.wrongPassword, PeopleError.unknownUser {
      try attempts.failed(user: user, client: client)
      return .wrong
    } catch let error as PeopleError {
      try attempts.succeeded(user: user, client: client)
      throw error
    }
  }

  /// A log-in: the account, if `password` is `name`'s (a one-time password too: the web then
  /// asks for a new one before anything else).
  public func logIn(name: String, password: String, from client: String) throws -> PasswordCheck<UserAccount>
  {
    try checkPassword(of: name, from: client) {
      _ = try directory.authenticate(name: name, password: password)
      return try directory.account(named: name)
    }
  }

  /// The user's own password change, the current password checked first (a wrong one always
  /// gets the same answer, whatever the new one is). With `repeated` false (the two new
  /// entries differ) only the current password is checked and nothing changes: `.passed(false)`.
  /// Every other web session of the user ends, but `keptSession` (an id hash).
  public func changeOwnPassword(
    name: String, current: String, new: String, repeated: Bool, keepingSession keptSession: String?,
    from client: String
  ) throws -> PasswordCheck<Bool> {
    try checkPassword(of: name, from: client) {
      guard repeated else {
        _ = try directory.authenticate(name: name, password: current)
        return false
      }
      try directory.changePassword(name: name, current: current, new: new, keepingSession: keptSession)
      return true
    }
  }

  /// The signer, if `password` is `name`'s own (not a one-time password, no signing hold),
  /// behind the throttle: what an e-signature or an acknowledgement checks.
  public func checkOwnPassword(name: String, password: String, from client: String) throws
    -> PasswordCheck<Signer>
  {
    try checkPassword(of: name, from: client) {
      try directory.authenticateOwn(name: name, password: password)
    }
  }

  /// The signer, if `password` is `name`'s own: the proof a command that changes data, or an
  /// e-signature, needs. Throws `SessionError.throttled` or `PeopleError.wrongPassword`.
  public func proveOwn(name: String, password: String, from client: String) throws -> Signer {
    switch try checkOwnPassword(name: name, password: password, from: client) {
    case .passed(let signer): return signer
    case .wrong: throw PeopleError.wrongPassword(name)
    case .throttled(let minutes): throw SessionError.throttled(user: name, minutes: minutes)
    }
  }

  /// The signer an automation token proves.
  public func prove(token secret: String) throws -> Signer {
    try directory.authenticate(token: secret)
  }

  /// The signer for `name`, without a password (for reads and for naming an actor).
  public func signer(named name: String) throws -> Signer {
    try directory.account(named: name).signer
  }

  /// The account for `name`.
  public func account(named name: String) throws -> UserAccount {
    try directory.account(named: name)
  }

  /// Every user, by name.
  public func list() throws -> [UserAccount] {
    try directory.list()
  }

  /// Whether no user exists yet (the first one needs no admin).
  public func isEmpty() throws -> Bool {
    try directory.isEmpty()
  }

  /// Adds a user; see `UserRepository.add`.
  @discardableResult
  public func add(
    name: String, fullName: String, roles: [Role], password: String, by actor: String?,
    mustChangePassword: Bool = false
  ) throws -> UserAccount {
    try directory.add(
      name: name, fullName: fullName, roles: roles, password: password, by: actor,
      mustChangePassword: mustChangePassword)
  }

  /// An admin sets `name`'s roles; their sessions end.
  @discardableResult
  public func setRoles(name: String, roles: [Role], by admin: String) throws -> UserAccount {
    try directory.setRoles(name: name, roles: roles, by: admin)
  }

  /// An admin gives `name` a one-time password; their sessions end and their signing waits
  /// for a second person.
  public func resetPassword(name: String, to password: String, by admin: String) throws {
    try directory.resetPassword(name: name, to: password, by: admin)
  }

  /// A second person (authenticated with their own password) releases `name`'s signing.
  public func releaseSigning(name: String, by confirming: Signer) throws {
    try directory.releaseSigning(name: name, by: confirming)
  }

  /// An admin (their own password) issues a token acting as `name`; the secret is shown once.
  public func issueToken(for name: String, by admin: Signer) throws -> (
    token: AutomationToken, secret: String
  ) {
    try directory.issueToken(for: name, by: admin)
  }

  /// An admin revokes token `label`.
  @discardableResult
  public func revokeToken(_ label: String, by admin: Signer) throws -> AutomationToken {
    try directory.revokeToken(label, by: admin)
  }

  /// Every token ever issued, newest first.
  public func tokens() throws -> [AutomationToken] {
    try directory.tokens()
  }
}

extension AcademyDatabase {
  /// The people use cases over this database.
  public var users: Users {
    Users(directory: people, attempts: passwordThrottle)
  }
}
