import Foundation

/// Why the audit trail refused an operation.
public enum AuditTrailError: Error, Sendable, Equatable {
  /// `append` was called outside a transaction: the change and its entry would not commit together.
  case notInTransaction(action: String)
  /// The audit key (`source`: the environment variable or the key file) cannot be used.
  case badKey(source: String, reason: String)
  /// A checkpoint file cannot be read or was not made by this installation.
  case badCheckpoint(reason: String)
  /// The file that tells other processes of a change cannot be opened.
  case changeSignal(path: String, reason: String)
}

extension AuditTrailError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .notInTransaction(let action):
      return "audit entry '\(action)' must be written inside the transaction of the change it records"
    case .badKey(let source, let reason):
      return "audit key \(source) \(reason)"
    case .badCheckpoint(let reason):
      return "audit checkpoint \(reason)"
    case .changeSignal(let path, let reason):
      return "cannot open \(path) (\(reason)): the data folder must be writable by the user running academy"
    }
  }
}
