import Foundation

/// Why the SOP store refused a request. Nothing is changed when one is thrown.
public enum StoreError: Error, Sendable, Hashable {
  /// No SOP with this id was imported.
  case unknownSOP(String)
  /// The SOP has no revision with this number.
  case unknownRevision(sopID: String, number: String)
  /// The actor saw an older revision than the latest (optimistic lock).
  case staleRevision(sopID: String, seen: String, latest: String)
  /// The SOP has no approved revision to act on.
  case nothingApproved(sopID: String)
  /// The user lacks the role this operation needs.
  case notPermitted(user: String, operation: String, needs: [String])
  /// A required text (comment, reason) is empty.
  case missingText(field: String)
  /// A date is not a real `YYYY-MM-DD` day.
  case invalidDate(field: String, value: String)
}

extension StoreError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .unknownSOP(let id):
      return "no SOP with id '\(id)'; check it against the library's ids, or import it first"
    case .unknownRevision(let id, let number):
      return "\(id) has no revision \(number); its history lists the revisions it has"
    case .staleRevision(let id, let seen, let latest):
      return
        "\(id): you acted on revision \(seen) but the latest is now \(latest); review \(latest) and retry"
    case .nothingApproved(let id):
      return "\(id) has no approved revision in force"
    case .notPermitted(let user, let operation, let needs):
      return "\(user) cannot \(operation): needs the role \(needs.joined(separator: " or "))"
    case .missingText(let field):
      return "\(field) must not be empty"
    case .invalidDate(let field, let value):
      return "\(field) '\(value)' is not a date; use YYYY-MM-DD"
    }
  }
}
