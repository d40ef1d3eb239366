/// The facts about one revision that the workflow rules read.
public struct WorkflowRevision: Sendable, Hashable {
  /// Its state on the day of the action (computed states included).
  public var state: RevisionState
  /// User name of whoever created (imported) the revision.
  public var author: String
  /// The SOP owner named in its front matter.
  public var owner: String
  /// The front matter `approvers`: user names or roles, each needing its own signer.
  public var requiredApprovers: [String]
  /// Signatures of the current review round.
  public var signatures: [WorkflowSignature]

  /// Creates the workflow's view of a revision.
  public init(
    state: RevisionState, author: String, owner: String, requiredApprovers: [String],
    signatures: [WorkflowSignature] = []
  ) {
    self.state = state
    self.author = author
    self.owner = owner
    self.requiredApprovers = requiredApprovers
    self.signatures = signatures
  }
}
