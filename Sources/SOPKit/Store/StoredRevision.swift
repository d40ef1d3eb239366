import CivilCalendar
import Foundation
import GRDB

/// One immutable revision of an SOP as stored: its bytes, hash, metadata and lifecycle fields.
/// The content never changes after import; only the lifecycle fields move.
public struct StoredRevision: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "revision"

  /// Row id.
  public var id: Int64?
  /// The SOP id, e.g. `COL-004`.
  public var sopID: String
  /// Creation order within the SOP, from 1.
  public var sequence: Int
  /// The number it got as a draft (`0.2`); never changes.
  public var draftNumber: String
  /// The label it has now: the draft number, or `N.0` once approved.
  public var number: String
  /// SHA-256 hex of the file's bytes.
  public var hash: String
  /// The file's text.
  public var content: String
  /// Where it was imported from.
  public var sourcePath: String
  /// User name of the importer.
  public var author: String
  /// When it was imported (UTC timestamp).
  public var createdAt: String
  /// Stored state (`draft`, `in-review`, `approved`, `obsolete`, `withdrawn`).
  public var state: RevisionState
  /// Review round: incremented by each submit; only the current round's signatures count.
  public var round: Int
  /// When it was last submitted.
  public var submittedAt: String?
  /// Who submitted it.
  public var submittedBy: String?
  /// The submitter's note.
  public var submitNote: String?
  /// Effective date asked for (`--effective` or front matter).
  public var proposedEffective: CivilDate?
  /// When the last required approval came in.
  public var approvedAt: String?
  /// The day it takes effect: the proposed date, or the approval day if that is later.
  public var effectiveOn: CivilDate?
  /// The day its SOP was made obsolete.
  public var obsoletedOn: CivilDate?
  /// Front matter title.
  public var title: String
  /// Front matter owner.
  public var owner: String
  /// Front matter approvers, JSON array.
  public var approvers: String
  /// Front matter `review_every_months`.
  public var reviewEveryMonths: Int
  /// Front matter language.
  public var language: String
  /// Front matter `translation_of`.
  public var translationOf: String?
  /// `editorial` or `procedural`.
  public var changeClass: ChangeClass
  /// Why it was classified so (computed, or the author's override).
  public var changeBasis: String
  /// The author's reason, when the class was overridden.
  public var changeOverrideReason: String?
  /// A lower class the author proposed (editorial for a procedural change): it takes
  /// effect only if every approval signature of the round accepts it explicitly.
  public var proposedClass: ChangeClass?

  enum CodingKeys: String, CodingKey {
    case id
    case sopID = "sop_id"
    case sequence
    case draftNumber = "draft_number"
    case number, hash, content
    case sourcePath = "source_path"
    case author
    case createdAt = "created_at"
    case state, round
    case submittedAt = "submitted_at"
    case submittedBy = "submitted_by"
    case submitNote = "submit_note"
    case proposedEffective = "proposed_effective"
    case approvedAt = "approved_at"
    case effectiveOn = "effective_on"
    case obsoletedOn = "obsoleted_on"
    case title, owner, approvers
    case reviewEveryMonths = "review_every_months"
    case language
    case translationOf = "translation_of"
    case changeClass = "change_class"
    case changeBasis = "change_basis"
    case changeOverrideReason = "change_override_reason"
    case proposedClass = "proposed_class"
  }

  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  /// The approvers list decoded.
  public var approverList: [String] {
    (try? JSONDecoder().decode([String].self, from: Data(approvers.utf8))) ?? []
  }

  /// The label as a number (draft number if the label is unreadable).
  public var revisionNumber: RevisionNumber {
    RevisionNumber(number) ?? RevisionNumber(draftNumber) ?? .first
  }

  /// The facts the audit trail keeps about a revision (everything but its text).
  var auditSummary: RevisionAuditSummary {
    RevisionAuditSummary(
      number: number, draftNumber: draftNumber, hash: hash, state: state.rawValue, round: round,
      effectiveOn: effectiveOn, changeClass: changeClass.rawValue, changeOverrideReason: changeOverrideReason)
  }

  /// Whether `label` names this revision (its current or its draft number).
  public func isLabelled(_ label: RevisionNumber) -> Bool {
    RevisionNumber(number) == label || RevisionNumber(draftNumber) == label
  }
}

/// The revision fields written to the audit trail's before/after JSON.
struct RevisionAuditSummary: Codable, Hashable {
  var number: String
  var draftNumber: String
  var hash: String
  var state: String
  var round: Int
  var effectiveOn: CivilDate?
  var changeClass: String
  var changeOverrideReason: String?
}
