/// Something a person does to a revision.
public enum WorkflowAction: String, Sendable, Hashable, Codable, CaseIterable {
  /// An author sends a draft for approval.
  case submit
  /// A reviewer signs with meaning `review` (does not count toward approval).
  case review
  /// A required approver signs with meaning `approval`.
  case approve
  /// A reviewer or approver sends the revision back to draft.
  case reject
  /// A manager withdraws the SOP's approved revisions from use.
  case obsolete
  /// A newer import replaces an unapproved revision.
  case withdraw

  /// The signature meaning the action records, if it signs.
  public var signatureMeaning: SignatureMeaning? {
    switch self {
    case .review: return .review
    case .approve: return .approval
    case .reject: return .rejection
    case .obsolete: return .obsolescence
    case .submit, .withdraw: return nil
    }
  }
}
