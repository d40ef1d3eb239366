import AuditTrail
import CivilCalendar
import Foundation
import GRDB

/// What the author may state when submitting.
public struct SubmitRequest: Sendable, Hashable {
  /// The revision the author saw (nil: whatever is latest).
  public var seen: RevisionNumber?
  /// A note for the approvers.
  public var note: String?
  /// Requested effective date, `YYYY-MM-DD` (overrides the front matter's).
  public var effective: CivilDate?
  /// The author's class with a reason: a higher class replaces the computed one; a lower
  /// one (editorial for a procedural change) is only proposed, for the approvers to accept.
  public var changeClassOverride: (ChangeClass, reason: String)?

  /// Creates a request.
  public init(
    seen: RevisionNumber? = nil, note: String? = nil, effective: CivilDate? = nil,
    changeClassOverride: (ChangeClass, reason: String)? = nil
  ) {
    self.seen = seen
    self.note = note
    self.effective = effective
    self.changeClassOverride = changeClassOverride
  }

  /// Compares requests field by field.
  public static func == (lhs: SubmitRequest, rhs: SubmitRequest) -> Bool {
    lhs.seen == rhs.seen && lhs.note == rhs.note && lhs.effective == rhs.effective
      && lhs.changeClassOverride?.0 == rhs.changeClassOverride?.0
      && lhs.changeClassOverride?.reason == rhs.changeClassOverride?.reason
  }

  /// Hashes the fields `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(seen)
    hasher.combine(note)
    hasher.combine(effective)
    hasher.combine(changeClassOverride?.0)
    hasher.combine(changeClassOverride?.reason)
  }
}

extension SubmitRequest {
  /// The effective day as the author typed it (`YYYY-MM-DD`); nil when left empty, and
  /// `StoreError.invalidDate` naming the field when it is not a date.
  public static func effectiveDay(_ text: String?) throws -> CivilDate? {
    guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    guard let day = CivilDate(iso: text) else {
      throw StoreError.invalidDate(field: "the effective date", value: text)
    }
    return day
  }
}

extension SOPStore {
  /// Sends the latest draft of `sopID` for approval.
  @discardableResult
  public func submit(_ sopID: String, _ request: SubmitRequest, by actor: Signer) throws -> StoredRevision {
    if let reason = request.changeClassOverride?.reason,
      reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      throw StoreError.missingText(field: "the reason for overriding the change class")
    }
    return try transaction { db in
      var revision = try SOPStore.latest(of: sopID, in: db)
      try SOPStore.checkFresh(revision, seen: request.seen)
      let before = revision.auditSummary
      revision.state = try Workflow.apply(
        .submit, to: workflowView(revision, signatures: [], in: db), by: actor
      )
      .state
      revision.round += 1
      revision.submittedAt = clock.now().utcTimestamp
      revision.submittedBy = actor.userName
      revision.submitNote = request.note
      if let effective = request.effective { revision.proposedEffective = effective }
      revision.proposedClass = nil
      if let (changeClass, reason) = request.changeClassOverride, changeClass != revision.changeClass {
        revision.changeOverrideReason = reason
        if changeClass == .procedural {
          revision.changeClass = .procedural
          revision.changeBasis = "raised to procedural by \(actor.userName): \(reason)"
        } else {
          // Lowering is the approvers' decision, signed, never the author's alone.
          revision.proposedClass = changeClass
          revision.changeBasis =
            "\(revision.changeBasis); \(actor.userName) proposes \(changeClass.rawValue): \(reason) "
            + "(stays procedural unless every approver accepts it)"
        }
      }
      try revision.update(db)
      try audit(
        "revision.submit", sopID: sopID, actor: actor.auditName, before: before, after: revision.auditSummary,
        in: db)
      return revision
    }
  }

  /// Signs the latest revision of `sopID` with `action` (`review`, `approve` or `reject`).
  /// The approval that completes the set approves the revision and renumbers it `N.0`.
  @discardableResult
  public func sign(
    _ sopID: String, _ action: WorkflowAction, seen: RevisionNumber?, comment: String?,
    acceptingClass: ChangeClass? = nil, by actor: Signer
  ) throws -> StoredRevision {
    guard [.review, .approve, .reject].contains(action), let meaning = action.signatureMeaning else {
      throw WorkflowRefusal.notAllowed(action: action, state: .inReview)
    }
    let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
    if action == .reject, comment?.isEmpty ?? true {
      throw StoreError.missingText(field: "the comment saying why it is rejected")
    }
    return try transaction { db in
      var revision = try SOPStore.latest(of: sopID, in: db)
      try SOPStore.checkFresh(revision, seen: seen)
      let signatures = try SOPStore.signatures(of: revision, round: revision.round, in: db)
      let state = try SOPStore.currentState(of: revision, in: db, on: today)
      let outcome = try Workflow.apply(
        action, to: workflowView(revision, signatures: signatures, state: state, in: db), by: actor)
      let before = revision.auditSummary
      let accepts = action == .approve && acceptingClass != nil && acceptingClass == revision.proposedClass
      try record(
        meaning, on: revision, comment: comment, accepting: accepts ? revision.proposedClass : nil, by: actor,
        in: db)
      revision.state = outcome.state
      if outcome.state == .approved, let proposed = revision.proposedClass {
        let approvals = try SOPStore.signatures(of: revision, round: revision.round, in: db)
          .filter { $0.meaning == .approval }
        let accepted = approvals.filter { $0.acceptsClass == proposed }.map(\.userName)
        if accepted.count == approvals.count {
          revision.changeClass = proposed
          revision.changeBasis += "; \(proposed.rawValue) accepted by \(accepted.joined(separator: ", "))"
        } else {
          revision.changeBasis += "; \(proposed.rawValue) not accepted by every approver: stays procedural"
        }
        revision.proposedClass = nil
      }
      if outcome.state == .approved {
        let approvedAt = clock.now()
        revision.approvedAt = approvedAt.utcTimestamp
        revision.number = revision.revisionNumber.approved.description
        let approvalDay = CivilDate(utcDayOf: approvedAt)
        revision.effectiveOn = max(revision.proposedEffective ?? approvalDay, approvalDay)
      }
      try revision.update(db)
      let name = outcome.state == .approved ? "revision.approve" : "revision.sign.\(meaning.rawValue)"
      let after = SignedSummary(
        revision: revision.auditSummary, signer: actor.printedName, meaning: meaning.rawValue,
        comment: comment, acceptsClass: accepts ? acceptingClass?.rawValue : nil)
      try audit(name, sopID: sopID, actor: actor.auditName, before: before, after: after, in: db)
      if outcome.state == .approved, let effective = revision.effectiveOn, effective <= today {
        try revisionInForce?(sopID, db)
      }
      return revision
    }
  }

  /// Makes `sopID` obsolete from today: every approved revision (in force or pending) becomes
  /// obsolete, so none is ever served as current again.
  @discardableResult
  public func obsolete(_ sopID: String, seen: RevisionNumber?, reason: String, by actor: Signer) throws
    -> StoredRevision
  {
    let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else { throw StoreError.missingText(field: "the reason it is made obsolete") }
    return try transaction { db in
      let revisions = try SOPStore.revisions(of: sopID, in: db)
      guard !revisions.isEmpty else { throw StoreError.unknownSOP(sopID) }
      guard var target = revisions.last(where: { $0.state == .approved }) else {
        throw StoreError.nothingApproved(sopID: sopID)
      }
      if let seen, !target.isLabelled(seen) {
        throw StoreError.staleRevision(sopID: sopID, seen: seen.description, latest: target.number)
      }
      let state = SOPStore.timeline(revisions).state(of: target.sequence, on: today) ?? target.state
      _ = try Workflow.apply(
        .obsolete, to: workflowView(target, signatures: [], state: state, in: db), by: actor)
      let before = target.auditSummary
      try record(.obsolescence, on: target, comment: reason, by: actor, in: db)
      for var revision in revisions where revision.state == .approved {
        revision.state = .obsolete
        revision.obsoletedOn = today
        try revision.update(db)
        if revision.sequence == target.sequence { target = revision }
      }
      let after = SignedSummary(
        revision: target.auditSummary, signer: actor.printedName, meaning: "obsolescence", comment: reason)
      try audit("sop.obsolete", sopID: sopID, actor: actor.auditName, before: before, after: after, in: db)
      return target
    }
  }

  private func record(
    _ meaning: SignatureMeaning, on revision: StoredRevision, comment: String?, accepting: ChangeClass? = nil,
    by actor: Signer, in db: Database
  ) throws {
    guard let revisionID = revision.id else { throw StoreError.unknownSOP(revision.sopID) }
    var signature = StoredSignature(
      id: nil, revisionID: revisionID, round: revision.round, userName: actor.userName,
      printedName: actor.printedName,
      roles: try AuditEvent.canonicalJSON(actor.roles.sorted()), meaning: meaning, comment: comment,
      signedAt: clock.now().utcTimestamp, revisionHash: revision.hash, acceptsClass: accepting)
    try signature.insert(db)
  }

  static func currentState(of revision: StoredRevision, in db: Database, on day: CivilDate) throws
    -> RevisionState
  {
    guard revision.state == .approved || revision.state == .obsolete else { return revision.state }
    return timeline(try revisions(of: revision.sopID, in: db)).state(of: revision.sequence, on: day)
      ?? revision.state
  }
}

/// The audit trail's after-image of a signing: the revision and the signature's manifestation.
struct SignedSummary: Codable {
  var revision: RevisionAuditSummary
  var signer: String
  var meaning: String
  var comment: String?
  /// The lower change class the approver explicitly accepted.
  var acceptsClass: String? = nil
}
