import SOPKit

/// One SOP as the library's index shows it to a reader: its listing, the revision in force,
/// and whether the reader is shown its work in progress.
public struct CatalogueEntry: Sendable, Hashable {
  /// The SOP's listing (latest revision, review due, stale translation).
  public var listing: SOPListing
  /// The revision in force today, if any.
  public var inForce: StoredRevision?
  /// Whether the latest revision is a draft or in review that this reader may see.
  public var showsWork: Bool
}

extension Library {
  /// Every SOP, optionally only those whose latest or current revision is in `status`, or
  /// whose review is due within `reviewDueWithin` days.
  public func list(status: RevisionState? = nil, reviewDueWithin: Int? = nil) throws -> [SOPListing] {
    try repository.list(status: status, reviewDueWithin: reviewDueWithin)
  }

  /// Full-text search over the sections of the revisions in force.
  public func search(_ query: String, language: String? = nil, limit: Int = 20) throws -> [SearchHit] {
    try repository.search(query, language: language, limit: limit)
  }

  /// The revision labelled `number` (current or draft label), or the latest.
  public func show(_ sopID: String, number: RevisionNumber? = nil) throws -> RevisionView {
    try repository.revision(sopID, number: number)
  }

  /// The revision a reader opens: the one labelled `number`, else the one in force, else the
  /// latest; `StoreError.unknownRevision` when `roles` may not read it (work in progress).
  public func read(_ sopID: String, number: RevisionNumber? = nil, roles: Set<String>) throws -> RevisionView
  {
    let view = try repository.pageRevision(sopID, number: number)
    guard Self.mayRead(view.state, roles: roles) else {
      throw StoreError.unknownRevision(sopID: sopID, number: number?.description ?? view.revision.number)
    }
    return view
  }

  /// Every revision of `sopID`, oldest first.
  public func history(_ sopID: String) throws -> [RevisionView] {
    try repository.history(sopID)
  }

  /// The revisions of `sopID` that `roles` may read, oldest first; `StoreError.unknownSOP`
  /// when there is none.
  public func history(_ sopID: String, readableBy roles: Set<String>) throws -> [RevisionView] {
    let views = try repository.history(sopID).filter { Self.mayRead($0.state, roles: roles) }
    guard !views.isEmpty else { throw StoreError.unknownSOP(sopID) }
    return views
  }

  /// The diff between two revisions of `sopID`.
  public func diff(_ sopID: String, from: RevisionNumber, to: RevisionNumber) throws -> RevisionDiff {
    try repository.diff(sopID, from: from, to: to)
  }

  /// The latest revision's label (what an actor sees before acting).
  public func latestNumber(_ sopID: String) throws -> RevisionNumber {
    try repository.latestNumber(sopID)
  }

  /// The revision in force today of every SOP that has one, by SOP id.
  public func revisionsInForce() throws -> [StoredRevision] {
    try repository.revisionsInForce()
  }

  /// The ids of the SOPs translating each source SOP.
  public func translationIndex() throws -> [String: [String]] {
    try repository.translationIndex()
  }

  /// A number that grows with every revision stored (for caches of per-SOP facts).
  public func revisionStamp() throws -> Int64 {
    try repository.revisionStamp()
  }

  /// Problems with revision hashes and the signatures bound to them, one line each.
  public func verifySignatures() throws -> [String] {
    try repository.verifySignatures()
  }

  /// The SOPs a reader with `roles` finds in the library: those in force, and those whose
  /// latest revision is work in progress for readers who see work. By SOP id.
  public func catalogue(roles: Set<String>) throws -> [CatalogueEntry] {
    let inForce = Dictionary(
      try repository.revisionsInForce().map { ($0.sopID, $0) }, uniquingKeysWith: { first, _ in first })
    let seesWork = Self.seesWork(roles: roles)
    return try repository.list(status: nil, reviewDueWithin: nil).compactMap { listing in
      let current = inForce[listing.sopID]
      let showsWork = seesWork && [.draft, .inReview].contains(listing.latest.state)
      guard current != nil || showsWork else { return nil }
      return CatalogueEntry(listing: listing, inForce: current, showsWork: showsWork)
    }
  }

  /// Whether a reader holding `roles` sees work in progress (drafts, reviews, withdrawn
  /// revisions): authors and approvers do.
  public static func seesWork(roles: Set<String>) -> Bool {
    roles.contains("author") || roles.contains("approver")
  }

  /// Whether a reader holding `roles` may read a revision in `state`: approved revisions
  /// (in force, pending, superseded, obsolete) everyone; work in progress those who see work.
  public static func mayRead(_ state: RevisionState, roles: Set<String>) -> Bool {
    switch state {
    case .effective, .superseded, .approved, .obsolete: return true
    case .draft, .inReview, .withdrawn: return seesWork(roles: roles)
    }
  }
}
