import CivilCalendar

/// The SOP library's storage as the application layer sees it: revisions, signatures and
/// search, in domain types only, so another engine can stand behind it. Every write runs in
/// one transaction with its audit entry; `SOPStore` is the SQLite implementation.
public protocol SOPRepository: Sendable {
  /// Today's UTC day (`YYYY-MM-DD`) by the repository's clock.
  var today: CivilDate { get }

  /// Stores `candidate` as a new draft unless its bytes equal the latest revision's.
  func importRevision(_ candidate: RevisionCandidate, by actor: Signer) throws -> ImportOutcome
  /// Sends the latest draft of `sopID` for approval.
  func submit(_ sopID: String, _ request: SubmitRequest, by actor: Signer) throws -> StoredRevision
  /// Signs the latest revision of `sopID` (`review`, `approve` or `reject`).
  func sign(
    _ sopID: String, _ action: WorkflowAction, seen: RevisionNumber?, comment: String?,
    acceptingClass: ChangeClass?, by actor: Signer
  ) throws -> StoredRevision
  /// Makes `sopID` obsolete from today.
  func obsolete(_ sopID: String, seen: RevisionNumber?, reason: String, by actor: Signer) throws
    -> StoredRevision

  /// Every revision of `sopID`, oldest first, as of today.
  func history(_ sopID: String) throws -> [RevisionView]
  /// The revision labelled `number`, or the latest.
  func revision(_ sopID: String, number: RevisionNumber?) throws -> RevisionView
  /// The revision labelled `number`, else the one in force, else the latest.
  func pageRevision(_ sopID: String, number: RevisionNumber?) throws -> RevisionView
  /// The latest revision's label.
  func latestNumber(_ sopID: String) throws -> RevisionNumber
  /// The latest revision of every SOP, by SOP id.
  func latestRevisions() throws -> [RevisionView]
  /// The revision in force today of every SOP that has one, by SOP id.
  func revisionsInForce() throws -> [StoredRevision]
  /// Every SOP, filtered by state or review due date.
  func list(status: RevisionState?, reviewDueWithin: Int?) throws -> [SOPListing]
  /// The diff between two revisions of `sopID`.
  func diff(_ sopID: String, from: RevisionNumber, to: RevisionNumber) throws -> RevisionDiff
  /// Full-text search over the sections of the revisions in force.
  func search(_ query: String, language: String?, limit: Int) throws -> [SearchHit]
  /// The ids of the SOPs translating each source SOP.
  func translationIndex() throws -> [String: [String]]
  /// A number that grows with every revision stored.
  func revisionStamp() throws -> Int64
  /// Problems with revision hashes and the signatures bound to them, one line each.
  func verifySignatures() throws -> [String]
}

extension SOPStore: SOPRepository {}
