/// The revision state machine: a pure function from (state, action, actor) to the next state
/// or a typed refusal. The store calls it inside its transaction; tests call it directly.
public enum Workflow {
  /// Roles allowed to submit a draft.
  public static let submitRoles = ["author"]
  /// Roles allowed to sign `review` or `reject`.
  public static let reviewRoles = ["approver", "manager"]
  /// Roles allowed to sign `approval` (and the signer must also fill an `approvers` entry).
  public static let approveRoles = ["approver"]
  /// Roles allowed to make an SOP obsolete.
  public static let obsoleteRoles = ["manager", "admin"]

  /// What applying an action produces.
  public struct Outcome: Sendable, Hashable {
    /// The stored state after the action.
    public var state: RevisionState
    /// The signature meaning to record, if the action signs.
    public var signature: SignatureMeaning?
  }

  /// Applies `action` by `actor` to `revision`, or says why not.
  public static func apply(
    _ action: WorkflowAction, to revision: WorkflowRevision, by actor: Signer
  ) throws(WorkflowRefusal) -> Outcome {
    switch action {
    case .submit:
      guard revision.state == .draft else { throw .notAllowed(action: action, state: revision.state) }
      try require(actor, holdsOneOf: submitRoles, for: action)
      return Outcome(state: .inReview, signature: nil)
    case .review, .reject:
      try requireInReview(revision, for: action)
      try requireNotAuthor(actor, of: revision)
      try require(actor, holdsOneOf: reviewRoles, for: action)
      if action == .review,
        revision.signatures.contains(where: { $0.signer.userName == actor.userName && $0.meaning == .review })
      {
        throw .alreadySigned(user: actor.userName, meaning: .review)
      }
      return Outcome(state: action == .reject ? .draft : .inReview, signature: action.signatureMeaning)
    case .approve:
      return try approve(revision, by: actor)
    case .obsolete:
      guard [.effective, .approved].contains(revision.state) else {
        throw .notAllowed(action: action, state: revision.state)
      }
      try require(actor, holdsOneOf: obsoleteRoles, for: action)
      return Outcome(state: .obsolete, signature: .obsolescence)
    case .withdraw:
      guard [.draft, .inReview].contains(revision.state) else {
        throw .notAllowed(action: action, state: revision.state)
      }
      return Outcome(state: .withdrawn, signature: nil)
    }
  }

  private static func approve(_ revision: WorkflowRevision, by actor: Signer) throws(WorkflowRefusal)
    -> Outcome
  {
    try requireInReview(revision, for: .approve)
    try requireNotAuthor(actor, of: revision)
    try require(actor, holdsOneOf: approveRoles, for: .approve)
    guard revision.requiredApprovers.contains(where: actor.fills(approverEntry:)) else {
      throw .notARequiredApprover(user: actor.userName, approvers: revision.requiredApprovers)
    }
    let approvals = revision.signatures.filter { $0.meaning == .approval }
    if approvals.contains(where: { $0.signer.userName == actor.userName }) {
      throw .alreadySigned(user: actor.userName, meaning: .approval)
    }
    let signers = approvals.map(\.signer) + [actor]
    let complete = ApprovalRule.isSatisfied(requiredApprovers: revision.requiredApprovers, by: signers)
    return Outcome(state: complete ? .approved : .inReview, signature: .approval)
  }

  private static func requireInReview(_ revision: WorkflowRevision, for action: WorkflowAction)
    throws(WorkflowRefusal)
  {
    switch revision.state {
    case .inReview: return
    case .draft: throw .notSubmitted(action: action)
    default: throw .notAllowed(action: action, state: revision.state)
    }
  }

  private static func requireNotAuthor(_ actor: Signer, of revision: WorkflowRevision) throws(WorkflowRefusal)
  {
    if actor.userName == revision.author || actor.userName == revision.owner {
      throw .selfApproval(user: actor.userName)
    }
  }

  private static func require(
    _ actor: Signer, holdsOneOf roles: [String], for action: WorkflowAction
  ) throws(WorkflowRefusal) {
    guard actor.holdsAny(roles) else { throw .wrongRole(action: action, user: actor.userName, needs: roles) }
  }
}
