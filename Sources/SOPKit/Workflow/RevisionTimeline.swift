import CivilCalendar

/// Which revision of one SOP is current on a given day, and what each revision's state is
/// then.
public struct RevisionTimeline: Sendable, Hashable {
  /// One revision as the timeline needs it.
  public struct Entry: Sendable, Hashable {
    /// Creation order within the SOP (1, 2, ...).
    public var sequence: Int
    /// The stored state.
    public var state: RevisionState
    /// The day it takes (or took) effect, for approved revisions.
    public var effectiveOn: CivilDate?
    /// The day the SOP was made obsolete, for obsolete revisions.
    public var obsoletedOn: CivilDate?

    /// Creates an entry.
    public init(
      sequence: Int, state: RevisionState, effectiveOn: CivilDate? = nil, obsoletedOn: CivilDate? = nil
    ) {
      self.sequence = sequence
      self.state = state
      self.effectiveOn = effectiveOn
      self.obsoletedOn = obsoletedOn
    }

    var wasApproved: Bool { (state == .approved || state == .obsolete) && effectiveOn != nil }
  }

  /// The SOP's revisions.
  public var entries: [Entry]

  /// Creates a timeline.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The sequence of the revision in force on `day`: the newest approved revision already
  /// effective, unless it was made obsolete by then. A newer approval therefore outranks
  /// an older one whose date comes later; obsolete revisions are never current.
  public func current(on day: CivilDate) -> Int? {
    guard let newest = newestInForce(on: day) else { return nil }
    if newest.state == .obsolete, let gone = newest.obsoletedOn, gone <= day { return nil }
    return newest.sequence
  }

  /// The state of revision `sequence` on `day`, computed states included.
  public func state(of sequence: Int, on day: CivilDate) -> RevisionState? {
    guard let entry = entries.first(where: { $0.sequence == sequence }) else { return nil }
    guard entry.wasApproved else { return entry.state }
    if entry.state == .obsolete, let gone = entry.obsoletedOn, gone <= day { return .obsolete }
    if current(on: day) == sequence { return .effective }
    if let newest = newestInForce(on: day), newest.sequence > sequence { return .superseded }
    if let effective = entry.effectiveOn, effective <= day { return .superseded }
    return .approved
  }

  private func newestInForce(on day: CivilDate) -> Entry? {
    entries.filter { entry in
      guard entry.wasApproved, let effective = entry.effectiveOn else { return false }
      return effective <= day
    }.max { $0.sequence < $1.sequence }
  }
}
