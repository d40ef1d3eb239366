import Foundation
import SOPKit

/// Why the library refused a request before asking the store. Nothing is changed when one
/// is thrown.
public enum LibraryError: Error, Sendable, Hashable {
  /// The text has lint errors (the findings, warnings included).
  case lintErrors([Finding])
  /// The front matter lacks fields a revision needs (id, title, owner, approvers...).
  case incompleteFrontMatter
  /// The text's front matter names another SOP than the one being edited.
  case idMismatch(found: String, expected: String)
  /// A new SOP was asked for with an id the library already holds.
  case alreadyExists(String)
  /// The editor's copy is older than the latest revision (optimistic lock).
  case stale(sopID: String, seen: String, latest: String)
  /// The action is not a signature (review, approve or reject).
  case notASignature(WorkflowAction)
}

extension LibraryError: LocalizedError {
  /// What was refused and what to do.
  public var errorDescription: String? {
    switch self {
    case .lintErrors(let findings):
      let errors = findings.filter { $0.severity == .error }
      return "not stored: \(errors.count) lint error(s): "
        + errors.map(\.message).joined(separator: "; ")
    case .incompleteFrontMatter:
      return
        "the front matter is incomplete; give id, title, owner, approvers, review_every_months and language"
    case .idMismatch(let found, let expected):
      return "the text's front matter names \(found), not \(expected); keep id: \(expected)"
    case .alreadyExists(let id):
      return "\(id) already exists; edit it instead or choose another id"
    case .stale(let id, let seen, let latest):
      return "\(id): you edited revision \(seen) but the latest is now \(latest); review \(latest) and retry"
    case .notASignature(let action):
      return "\(action.rawValue) is not a signature; sign with review, approve or reject"
    }
  }
}
