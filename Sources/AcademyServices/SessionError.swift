import Foundation

/// Why a command could not open its session (data folder, database, acting user).
public enum SessionError: Error, Equatable {
  /// The database file is not SQLite, is damaged, or belongs to something else.
  case notAnAcademyDatabase(path: String, detail: String)
  /// The database was written by a newer academy.
  case newerDatabase(path: String)
  /// The data folder cannot be created.
  case dataFolder(path: String, reason: String)
  /// No `--as` or `ACADEMY_USER` for a command that acts.
  case noActor
  /// No password could be read.
  case noPassword
  /// A command that changes data got no proof of who acts (user, command).
  case noProof(user: String, action: String)
  /// The token belongs to another user than the one `--as` names.
  case tokenOfAnotherUser(token: String, owner: String, claimed: String)
  /// An e-signature was asked for without the person's password (a token, or nothing).
  case tokenCannotSign(user: String)
  /// Too many wrong passwords for the user from the command line: wait `minutes`.
  case throttled(user: String, minutes: Int)
}

extension SessionError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .notAnAcademyDatabase(let path, let detail):
      return "\(path): not an academy database or corrupt (\(detail)); restore it from a backup"
    case .newerDatabase(let path):
      return "\(path): written by a newer academy; upgrade academy before using this data folder"
    case .dataFolder(let path, let reason):
      return "\(path): cannot create the data folder (\(reason)); choose another with --data"
    case .noActor:
      return "say who is acting: --as NAME or the ACADEMY_USER environment variable"
    case .noPassword:
      return "no password given: use --password-stdin or run on a terminal to be prompted"
    case .throttled(let user, let minutes):
      return
        "too many wrong passwords for \(user) from the command line: try again in \(minutes) minute(s); "
        + "nothing was changed"
    case .noProof(let user, let action):
      return
        "\(action) changes data, so \(user) must prove who acts: give \(user)'s password (typed at the "
        + "prompt on a terminal, or on standard input with --password-stdin), or an automation token "
        + "(ACADEMY_TOKEN or --token-stdin; an admin issues one with 'academy token issue \(user) --as ADMIN')"
    case .tokenOfAnotherUser(let token, let owner, let claimed):
      return
        "\(token) acts as \(owner), not \(claimed): drop --as (and ACADEMY_USER) or use \(claimed)'s own proof"
    case .tokenCannotSign(let user):
      return
        "a signature needs \(user)'s own password (typed at the prompt on a terminal, or with "
        + "--password-stdin); an automation token cannot sign"
    }
  }
}
