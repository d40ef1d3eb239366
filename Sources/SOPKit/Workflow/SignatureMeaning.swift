/// What a signature means, printed beside the signer's name (21 CFR 11.50).
public enum SignatureMeaning: String, Sendable, Hashable, Codable, CaseIterable {
  /// "I reviewed this revision": recorded, but does not count toward approval.
  case review
  /// "I approve this revision": counts toward the required approvers.
  case approval
  /// "I reject this revision": sends it back to draft.
  case rejection
  /// "I withdraw this SOP from use".
  case obsolescence
}
