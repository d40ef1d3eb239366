import Foundation

/// Why the data folder or its database cannot be used, or a password check was throttled.
public enum SessionError: Error, Equatable {
  /// The database file is not SQLite, is damaged, or belongs to something else.
  case notAnAcademyDatabase(path: String, detail: String)
  /// The database was written by a newer academy.
  case newerDatabase(path: String)
  /// The data folder cannot be created.
  case dataFolder(path: String, reason: String)
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
      return "\(path): cannot create the data folder (\(reason)); choose another data folder"
    case .throttled(let user, let minutes):
      return
        "too many wrong passwords for \(user) from the command line: try again in \(minutes) minute(s); "
        + "nothing was changed"
    }
  }
}
