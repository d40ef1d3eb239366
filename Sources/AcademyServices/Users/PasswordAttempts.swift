/// Where wrong passwords are counted, per user name and client (`PasswordThrottle` keeps them
/// in the database).
public protocol PasswordAttempts: Sendable {
  /// Seconds `user` must wait before checking a password from `client`; 0 when allowed now.
  func wait(user: String, client: String) throws -> Int
  /// Counts a wrong password.
  func failed(user: String, client: String) throws
  /// A right password: the count starts again.
  func succeeded(user: String, client: String) throws
}

extension PasswordThrottle: PasswordAttempts {}
