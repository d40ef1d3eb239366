import Foundation

/// Why the workflow refused an action. Each message says what to do next.
public enum WorkflowRefusal: Error, Sendable, Hashable {
  /// The action does not apply to a revision in this state.
  case notAllowed(action: WorkflowAction, state: RevisionState)
  /// Approval or review of a revision nobody submitted.
  case notSubmitted(action: WorkflowAction)
  /// The actor holds none of the roles the action needs.
  case wrongRole(action: WorkflowAction, user: String, needs: [String])
  /// The author or owner of a revision tried to sign it.
  case selfApproval(user: String)
  /// The actor already signed this revision with this meaning in this review round.
  case alreadySigned(user: String, meaning: SignatureMeaning)
  /// The actor fills none of the SOP's `approvers` entries.
  case notARequiredApprover(user: String, approvers: [String])
}

extension WorkflowRefusal: LocalizedError {
  /// What was refused and what to do.
  public var errorDescription: String? {
    switch self {
    case .notAllowed(let action, let state):
      return "cannot \(action.rawValue) a revision that is \(state.rawValue)"
    case .notSubmitted(let action):
      return
        "cannot \(action.rawValue) a draft that was never submitted; the author must run 'sop submit' first"
    case .wrongRole(let action, let user, let needs):
      return "\(user) cannot \(action.rawValue): needs the role \(needs.joined(separator: " or "))"
    case .selfApproval(let user):
      return "\(user) authored or owns this revision and cannot sign it; another approver must"
    case .alreadySigned(let user, let meaning):
      return "\(user) already signed this revision with meaning '\(meaning.rawValue)'"
    case .notARequiredApprover(let user, let approvers):
      return "\(user) is not one of this SOP's approvers (\(approvers.joined(separator: ", ")))"
    }
  }
}
