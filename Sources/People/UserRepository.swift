import Foundation
import SOPKit

/// The people who use the academy, their roles, passwords and automation tokens: one
/// implementation per database engine. Every change commits with its audit entry; a change
/// of roles or password ends the user's web sessions in the same transaction.
public protocol UserRepository: Sendable {
  /// Adds a user (the first must be an admin; after that `actor` must be one).
  @discardableResult
  func add(
    name: String, fullName: String, roles: [Role], password: String, by actor: String?,
    mustChangePassword: Bool
  ) throws -> UserAccount
  /// Every user, by name.
  func list() throws -> [UserAccount]
  /// Whether no user exists yet.
  func isEmpty() throws -> Bool
  /// The account for `name`.
  func account(named name: String) throws -> UserAccount
  /// The signer for `name` if `password` matches (an unknown name costs the same work).
  func authenticate(name: String, password: String) throws -> Signer
  /// The signer for `name` if `password` matches and is the user's own, with no signing hold.
  func authenticateOwn(name: String, password: String) throws -> Signer
  /// The user's own password change; ends their other web sessions but `keptSession`.
  func changePassword(
    name: String, current: String, new password: String, keepingSession keptSession: String?)
    throws
  /// An admin sets `name`'s roles (ending their sessions).
  @discardableResult
  func setRoles(name: String, roles: [Role], by admin: String) throws -> UserAccount
  /// An admin gives `name` a one-time password (ending their sessions, holding their signing).
  func resetPassword(name: String, to password: String, by admin: String) throws
  /// A second person releases `name`'s signing after a reset.
  func releaseSigning(name: String, by confirming: Signer) throws
  /// An admin issues an automation token acting as `name`; the secret is shown once.
  func issueToken(for name: String, by admin: Signer) throws -> (token: AutomationToken, secret: String)
  /// An admin revokes a token.
  @discardableResult
  func revokeToken(_ label: String, by admin: Signer) throws -> AutomationToken
  /// Every token ever issued, newest first.
  func tokens() throws -> [AutomationToken]
  /// The signer a token proves.
  func authenticate(token secret: String) throws -> Signer
}

extension UserDirectory: UserRepository {}
