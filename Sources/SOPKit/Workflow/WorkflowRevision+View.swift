extension WorkflowRevision {
  /// The workflow's view of a stored revision as read: its state that day, the approvers in
  /// force and the signatures of its current review round.
  public init(_ view: RevisionView) {
    self.init(
      state: view.state, author: view.revision.author, owner: view.revision.owner,
      requiredApprovers: view.requiredApprovers,
      signatures: view.signatures.filter { $0.round == view.revision.round }.map {
        WorkflowSignature(signer: $0.signer, meaning: $0.meaning)
      })
  }
}
