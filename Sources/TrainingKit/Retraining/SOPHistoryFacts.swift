import CivilCalendar

/// What retraining and coverage need to know about one SOP's revisions, read from the store.
public struct SOPHistoryFacts: Sendable, Hashable {
  /// One revision.
  public struct Revision: Sendable, Hashable {
    /// Creation order.
    public var sequence: Int
    /// Label, e.g. `2.0`.
    public var number: String
    /// SHA-256 of the bytes.
    public var hash: String
    /// Editorial or procedural.
    public var procedural: Bool
    /// The day it took or takes effect, for approved revisions.
    public var effectiveOn: CivilDate?
    /// When the approval that completed it was signed (UTC timestamp).
    public var approvedAt: String?

    /// Creates a revision fact.
    public init(
      sequence: Int, number: String, hash: String, procedural: Bool, effectiveOn: CivilDate?,
      approvedAt: String? = nil
    ) {
      self.sequence = sequence
      self.number = number
      self.hash = hash
      self.procedural = procedural
      self.effectiveOn = effectiveOn
      self.approvedAt = approvedAt
    }

    /// The instant it came (or comes) into force: its approval, or the start of its effective
    /// day when that is later.
    public var inForceAt: String? {
      guard let effectiveOn else { return nil }
      return max(approvedAt ?? "", "\(effectiveOn.iso)T00:00:00.000Z")
    }
  }

  /// The SOP id.
  public var sopID: String
  /// Title of the latest revision.
  public var title: String
  /// The SOP it translates, if any.
  public var translationOf: String?
  /// Revisions that were approved (obsolete included), oldest first.
  public var approved: [Revision]
  /// Sequence of the revision in force today.
  public var currentSequence: Int?

  /// Creates the facts.
  public init(
    sopID: String, title: String, translationOf: String?, approved: [Revision], currentSequence: Int?
  ) {
    self.sopID = sopID
    self.title = title
    self.translationOf = translationOf
    self.approved = approved.sorted { $0.sequence < $1.sequence }
    self.currentSequence = currentSequence
  }

  /// The revision in force today.
  public var current: Revision? { approved.first { $0.sequence == currentSequence } }

  /// The day the process in force was last changed procedurally: the effective day of the
  /// newest procedural revision up to the current one.
  public var processSince: CivilDate? {
    guard let currentSequence else { return nil }
    return approved.last { $0.procedural && $0.sequence <= currentSequence }?.effectiveOn
  }
}
