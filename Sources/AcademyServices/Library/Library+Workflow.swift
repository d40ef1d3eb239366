import SOPKit

extension Library {
  /// Sends the latest draft of `sopID` for approval.
  @discardableResult
  public func submit(_ sopID: String, _ request: SubmitRequest, by actor: Signer) throws -> StoredRevision {
    try repository.submit(sopID, request, by: actor)
  }

  /// Signs the latest revision of `sopID` (`review`, `approve` or `reject`), having seen
  /// revision `seen`. `signer` must be proven by their own password (an e-signature's two
  /// components). A rejection needs a comment; `acceptEditorial` on an approval accepts the
  /// author's proposal that the change is editorial. The approval that completes the
  /// approvers in force approves the revision.
  @discardableResult
  public func sign(
    _ sopID: String, _ action: WorkflowAction, seen: RevisionNumber?, comment: String?,
    acceptEditorial: Bool = false, by signer: Signer
  ) throws -> StoredRevision {
    guard Self.signatureActions.contains(action) else { throw LibraryError.notASignature(action) }
    return try repository.sign(
      sopID, action, seen: seen, comment: comment, acceptingClass: acceptEditorial ? .editorial : nil,
      by: signer)
  }

  /// Makes `sopID` obsolete from today: none of its revisions is served as current again.
  /// `signer` must be proven by their own password; `seen` is the approved revision they saw.
  @discardableResult
  public func obsolete(_ sopID: String, seen: RevisionNumber?, reason: String, by signer: Signer) throws
    -> StoredRevision
  {
    try repository.obsolete(sopID, seen: seen, reason: reason, by: signer)
  }
}
