/// Where a revision stands in its lifecycle.
///
/// `draft`, `in-review`, `approved`, `obsolete` and `withdrawn` are stored; `effective` and
/// `superseded` are computed for an approved revision on a given day by `RevisionTimeline`,
/// because an approval may take effect on a future date.
public enum RevisionState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Imported, not yet submitted (or sent back by a rejection).
  case draft
  /// Submitted for approval; collecting signatures.
  case inReview = "in-review"
  /// Every required approval is in; not yet effective (its date is in the future).
  case approved
  /// The revision in force: served as current.
  case effective
  /// Replaced by a newer effective revision.
  case superseded
  /// Withdrawn from use with its SOP; never served as current.
  case obsolete
  /// A draft or review replaced by a newer import before it was approved.
  case withdrawn

  /// Whether the state is stored as such (the others are derived from dates).
  public var isStored: Bool {
    switch self {
    case .draft, .inReview, .approved, .obsolete, .withdrawn: return true
    case .effective, .superseded: return false
    }
  }
}
