import AuditTrail
import Foundation
import GRDB

/// What importing one file did.
public enum ImportOutcome: Sendable, Hashable {
  /// The first revision of a new SOP.
  case new(number: String)
  /// A new draft revision of a known SOP.
  case changed(number: String, changeClass: ChangeClass)
  /// Same bytes as the latest revision: nothing written.
  case unchanged(number: String)
}

extension SOPStore {
  /// Roles allowed to import files as new revisions.
  public static let importRoles = ["author", "admin"]

  /// Stores `candidate` as a new draft unless its bytes equal the latest revision's. A newer
  /// import withdraws an unapproved draft or review. All in one transaction with its audit entry.
  public func importRevision(_ candidate: RevisionCandidate, by actor: Signer) throws -> ImportOutcome {
    guard actor.holdsAny(SOPStore.importRoles) else {
      throw StoreError.notPermitted(
        user: actor.userName, operation: "import SOPs", needs: SOPStore.importRoles)
    }
    let hash = candidate.hash
    let now = clock.now().utcTimestamp
    return try transaction { db in
      let revisions = try SOPStore.revisions(of: candidate.sopID, in: db)
      if let latest = revisions.last, latest.hash == hash { return .unchanged(number: latest.number) }
      if revisions.isEmpty {
        try db.execute(
          sql: "INSERT INTO sop (id, created_at) VALUES (?, ?)", arguments: [candidate.sopID, now])
      }
      if var open = revisions.last, [.draft, .inReview].contains(open.state) {
        let before = open.auditSummary
        open.state = try Workflow.apply(.withdraw, to: workflowView(open, signatures: []), by: actor).state
        try open.update(db)
        try audit(
          "revision.withdraw", sopID: open.sopID, actor: actor.auditName, before: before,
          after: open.auditSummary, in: db)
      }
      let base = revisions.last(where: { $0.approvedAt != nil })
      let (changeClass, basis) = ChangeClassifier.classify(old: base?.content, new: candidate.content)
      let number = revisions.last.map { $0.revisionNumber.nextDraft } ?? .first
      var revision = StoredRevision(
        id: nil, sopID: candidate.sopID, sequence: (revisions.last?.sequence ?? 0) + 1,
        draftNumber: number.description, number: number.description, hash: hash, content: candidate.content,
        sourcePath: candidate.sourcePath, author: actor.userName, createdAt: now, state: .draft, round: 0,
        proposedEffective: candidate.effective, title: candidate.title, owner: candidate.owner,
        approvers: try AuditEvent.canonicalJSON(candidate.approvers),
        reviewEveryMonths: candidate.reviewEveryMonths,
        language: candidate.language, translationOf: candidate.translationOf, changeClass: changeClass,
        changeBasis: base == nil ? basis : "\(basis) (against \(base?.number ?? "?"))")
      try revision.insert(db)
      try SOPStore.index(revision, in: db)
      try audit(
        "revision.import", sopID: candidate.sopID, actor: actor.auditName, before: nil,
        after: revision.auditSummary, in: db)
      return revisions.isEmpty
        ? .new(number: revision.number) : .changed(number: revision.number, changeClass: changeClass)
    }
  }

  func workflowView(_ revision: StoredRevision, signatures: [StoredSignature], state: RevisionState? = nil)
    -> WorkflowRevision
  {
    WorkflowRevision(
      state: state ?? revision.state, author: revision.author, owner: revision.owner,
      requiredApprovers: revision.approverList,
      signatures: signatures.map { WorkflowSignature(signer: $0.signer, meaning: $0.meaning) })
  }
}
