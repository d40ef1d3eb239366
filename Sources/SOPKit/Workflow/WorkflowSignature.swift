/// A signature already on a revision, as the workflow needs it to decide the next one.
public struct WorkflowSignature: Sendable, Hashable, Codable {
  /// Who signed (with the roles held when signing).
  public var signer: Signer
  /// What the signature means.
  public var meaning: SignatureMeaning

  /// Creates a signature summary.
  public init(signer: Signer, meaning: SignatureMeaning) {
    self.signer = signer
    self.meaning = meaning
  }
}
