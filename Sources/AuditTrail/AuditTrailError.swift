import Foundation

/// Why the audit trail refused an operation.
public enum AuditTrailError: Error, Sendable, Equatable {
  /// `append` was called outside a transaction: the change and its entry would not commit together.
  case notInTransaction(action: String)
}

extension AuditTrailError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .notInTransaction(let action):
      return "audit entry '\(action)' must be written inside the transaction of the change it records"
    }
  }
}
