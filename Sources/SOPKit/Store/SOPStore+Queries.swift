import CivilCalendar
import Foundation
import GRDB

/// A revision with its state on the day asked and its signatures.
public struct RevisionView: Sendable, Hashable {
  /// The stored revision.
  public var revision: StoredRevision
  /// Its state on the day (computed states included).
  public var state: RevisionState
  /// Every signature, all rounds, oldest first.
  public var signatures: [StoredSignature]
  /// The day periodic review is due, for the revision in force.
  public var reviewDue: CivilDate?
  /// For a translation in force: its source got a procedural revision effective after it.
  public var staleTranslation: Bool
  /// Who must approve it: the approvers of the revision in force, not the draft's own list
  /// (`SOPStore.governingApprovers`).
  public var requiredApprovers: [String] = []
}

/// One SOP in `list`.
public struct SOPListing: Sendable, Hashable {
  /// The SOP id.
  public var sopID: String
  /// Title of the latest revision.
  public var title: String
  /// Language of the latest revision.
  public var language: String
  /// The latest revision's label and state.
  public var latest: (number: String, state: RevisionState)
  /// The revision in force, if any.
  public var current: String?
  /// Review due date of the revision in force.
  public var reviewDue: CivilDate?
  /// Whether the translation in force lags a procedural change of its source.
  public var staleTranslation: Bool

  /// Compares listings.
  public static func == (lhs: SOPListing, rhs: SOPListing) -> Bool {
    lhs.sopID == rhs.sopID && lhs.latest.number == rhs.latest.number && lhs.latest.state == rhs.latest.state
      && lhs.current == rhs.current && lhs.reviewDue == rhs.reviewDue
      && lhs.staleTranslation == rhs.staleTranslation
  }

  /// Hashes the id and the latest label.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(sopID)
    hasher.combine(latest.number)
  }
}

extension SOPStore {
  /// Every revision of `sopID`, oldest first, as of today.
  public func history(_ sopID: String) throws -> [RevisionView] {
    try writer.read { db in
      let revisions = try SOPStore.revisions(of: sopID, in: db)
      guard !revisions.isEmpty else { throw StoreError.unknownSOP(sopID) }
      return try revisions.map { try view($0, among: revisions, in: db) }
    }
  }

  /// The revision labelled `number` (current or draft label), or the latest.
  public func revision(_ sopID: String, number: RevisionNumber? = nil) throws -> RevisionView {
    try writer.read { db in
      let revisions = try SOPStore.revisions(of: sopID, in: db)
      guard let latest = revisions.last else { throw StoreError.unknownSOP(sopID) }
      guard let number else { return try view(latest, among: revisions, in: db) }
      guard let found = revisions.last(where: { $0.isLabelled(number) }) else {
        throw StoreError.unknownRevision(sopID: sopID, number: number.description)
      }
      return try view(found, among: revisions, in: db)
    }
  }

  /// The latest revision's label (what an actor sees before acting).
  public func latestNumber(_ sopID: String) throws -> RevisionNumber {
    try writer.read { db in try SOPStore.latest(of: sopID, in: db).revisionNumber }
  }

  /// Every SOP, optionally only those whose latest or current revision is in `status`, or
  /// whose review is due within `reviewDueWithin` days.
  public func list(status: RevisionState? = nil, reviewDueWithin: Int? = nil) throws -> [SOPListing] {
    try writer.read { db in
      let all = try StoredRevision.order(Column("sop_id"), Column("sequence")).fetchAll(db)
      let bySOP = Dictionary(grouping: all, by: \.sopID)
      return try bySOP.keys.sorted().compactMap { id -> SOPListing? in
        guard let revisions = bySOP[id], let latest = revisions.last else { return nil }
        let latestView = try view(latest, among: revisions, in: db, bySOP: bySOP)
        let currentSequence = SOPStore.timeline(revisions).current(on: today)
        let currentRevision = revisions.first { $0.sequence == currentSequence }
        let currentView = try currentRevision.map { try view($0, among: revisions, in: db, bySOP: bySOP) }
        let listing = SOPListing(
          sopID: id, title: latest.title, language: latest.language,
          latest: (latest.number, latestView.state),
          current: currentRevision?.number, reviewDue: currentView?.reviewDue,
          staleTranslation: currentView?.staleTranslation ?? false)
        if let status, latestView.state != status, currentView?.state != status { return nil }
        if let within = reviewDueWithin {
          guard let due = listing.reviewDue, ReviewSchedule.isDue(dueDate: due, today: today, within: within)
          else {
            return nil
          }
        }
        return listing
      }
    }
  }

  /// The diff between two revisions of `sopID`.
  public func diff(_ sopID: String, from: RevisionNumber, to: RevisionNumber) throws -> RevisionDiff {
    let old = try revision(sopID, number: from).revision
    let new = try revision(sopID, number: to).revision
    return RevisionDiff(sopID: sopID, from: old.number, old: old.content, to: new.number, new: new.content)
  }

  func view(
    _ revision: StoredRevision, among revisions: [StoredRevision], in db: Database,
    bySOP: [String: [StoredRevision]]? = nil
  ) throws -> RevisionView {
    let state = SOPStore.timeline(revisions).state(of: revision.sequence, on: today) ?? revision.state
    var reviewDue: CivilDate?
    var stale = false
    if state == .effective, let effective = revision.effectiveOn {
      reviewDue = ReviewSchedule.dueDate(effectiveOn: effective, everyMonths: revision.reviewEveryMonths)
      if let source = revision.translationOf {
        let sourceRevisions = try bySOP?[source] ?? SOPStore.revisions(of: source, in: db)
        stale = sourceRevisions.contains { other in
          guard other.changeClass == .procedural, let otherEffective = other.effectiveOn else { return false }
          return otherEffective > effective && otherEffective <= today
        }
      }
    }
    return RevisionView(
      revision: revision, state: state, signatures: try SOPStore.signatures(of: revision, in: db),
      reviewDue: reviewDue, staleTranslation: stale,
      requiredApprovers: try SOPStore.governingApprovers(of: revision, in: db))
  }
}
