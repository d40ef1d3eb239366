import Foundation

/// Why a people operation failed. Nothing is changed when one is thrown.
public enum PeopleError: Error, Sendable, Hashable {
  /// The role is neither a system role nor a well-formed job role.
  case invalidRole(String)
  /// The user name has characters other than `a-z 0-9 . _ -` or a bad length.
  case invalidUserName(String)
  /// The full printed name is empty.
  case missingFullName
  /// The full printed name holds a line break or another control character.
  case invalidFullName(String)
  /// The password breaks a rule of `PasswordPolicy`.
  case weakPassword(PasswordPolicy.Refusal)
  /// No user with this name.
  case unknownUser(String)
  /// A user with this name exists.
  case duplicateUser(String)
  /// The password does not match.
  case wrongPassword(String)
  /// The first user of an empty store must hold `admin`.
  case firstUserMustBeAdmin
  /// Someone other than an admin tried to add a user.
  case notAdmin(String)
  /// The store has users, so an acting admin (`--as`) is needed.
  case actorRequired
  /// A new password equal to the one it replaces.
  case samePassword
  /// Removing the admin role from the last admin would lock everyone out.
  case lastAdmin(String)
  /// The password was set by someone else (a reset or a new account) and not changed yet.
  case passwordNotOwn(String)
  /// An admin reset the user's password; a second person has not confirmed them yet.
  case signingOnHold(String, resetBy: String)
  /// The release of a signing hold was refused.
  case cannotReleaseSigning(String, reason: String)
  /// No token has this secret.
  case unknownToken
  /// No token has this label (`t3`).
  case unknownTokenLabel(String)
  /// The token was revoked (label, when).
  case revokedToken(String, on: String)
  /// A token tried to manage users or tokens, which needs an admin's own password.
  case tokenCannotManage(String)
  /// The database lacks the secret that signs session cookies (damaged or edited).
  case missingCookieSecret
}

extension PeopleError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .invalidRole(let role):
      let system = Role.system.map(\.name).joined(separator: ", ")
      return "unknown role '\(role)': use \(system), or a job role with a '-' such as ar-team-lead"
    case .invalidUserName(let name):
      return "user name '\(name)' must be 2-64 characters of a-z, 0-9, '.', '_' or '-'"
    case .missingFullName:
      return "the full name must not be empty: signatures print it"
    case .invalidFullName(let name):
      let shown = name.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : String($0) }
        .joined()
      return "full name '\(shown)' holds a line break or another control character: type the name on one line"
    case .weakPassword(let refusal):
      return refusal.advice
    case .unknownUser(let name):
      return "no user '\(name)'; check the name against the users"
    case .duplicateUser(let name):
      return "user '\(name)' already exists"
    case .wrongPassword(let name):
      return "wrong password for '\(name)'; nothing was signed"
    case .firstUserMustBeAdmin:
      return "the first user must hold the admin role"
    case .notAdmin(let name):
      return "\(name) cannot manage users: needs the role admin"
    case .actorRequired:
      return "users exist already: only an admin adds users"
    case .samePassword:
      return "the new password must differ from the current one"
    case .lastAdmin(let name):
      return "\(name) is the only admin: give another user the admin role first"
    case .signingOnHold(let name, let admin):
      return
        "\(admin) reset \(name)'s password, so \(name) cannot act or sign until a second person (another admin "
        + "or a manager) confirms \(name)'s identity and releases the signing hold"
    case .cannotReleaseSigning(let releaser, let reason):
      return "\(releaser) cannot release the signing hold: \(reason)"
    case .passwordNotOwn(let name):
      return
        "\(name)'s password was set by an admin (a reset or a new account) and cannot act or sign until "
        + "\(name) changes it: log in on the web and choose a new one"
    case .unknownToken:
      return
        "the automation token is not known (mistyped, or from another data folder); "
        + "ask an admin to issue one"
    case .unknownTokenLabel(let label):
      return "no token '\(label)'; check the label against the tokens issued"
    case .revokedToken(let label, let when):
      return "token \(label) was revoked at \(when); ask an admin for a new one"
    case .tokenCannotManage(let name):
      return "a token cannot manage users or tokens: \(name) proves it with their own password"
    case .missingCookieSecret:
      return
        "the database holds no valid session cookie secret (table session_secret): it was edited or "
        + "damaged; restore it from a backup"
    }
  }
}
