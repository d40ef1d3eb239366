import Foundation
import GRDB
import SOPKit

/// A person who can log in and sign: name, printed name, roles and a bcrypt password hash.
public struct UserAccount: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
  /// The table name.
  public static let databaseTableName = "user_account"

  /// Unique login name, e.g. `ana.ruiz`.
  public var name: String
  /// Full printed name used in signatures.
  public var fullName: String
  /// Roles, JSON array of names.
  public var roles: String
  /// bcrypt hash (salt and cost inside).
  public var passwordHash: String
  /// When the account was created (UTC timestamp).
  public var createdAt: String
  /// Whether the password was set by someone else (a demo or an admin) and must be changed
  /// at the next log-in.
  public var mustChangePassword: Bool = false
  /// The admin who reset this user's password: until a second person (another admin or a
  /// manager) confirms the user's identity, the user cannot act or sign, so an admin who
  /// knew the reset password can never sign in the user's name alone.
  public var signingHoldBy: String?

  enum CodingKeys: String, CodingKey {
    case name
    case fullName = "full_name"
    case roles
    case passwordHash = "password_hash"
    case createdAt = "created_at"
    case mustChangePassword = "must_change_password"
    case signingHoldBy = "signing_hold_by"
  }

  /// The roles decoded.
  public var roleNames: [String] {
    (try? JSONDecoder().decode([String].self, from: Data(roles.utf8))) ?? []
  }

  /// The account as SOPKit sees a signer.
  public var signer: Signer {
    Signer(userName: name, printedName: fullName, roles: Set(roleNames))
  }

  /// What the audit trail keeps about a user (never the hash).
  var auditImage: [String: String] {
    ["name": name, "fullName": fullName, "roles": roleNames.joined(separator: ",")]
  }
}
