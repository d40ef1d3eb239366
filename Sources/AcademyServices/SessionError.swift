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
    }
  }
}
