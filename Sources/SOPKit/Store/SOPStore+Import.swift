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
        open.state = try Workflow.apply(.withdraw, to: workflowView(open, signatures: [], in: db), by: actor)
          .state
        try open.update(db)
        try audit(
          "revision.withdraw", sopID: open.sopID, actor: actor.auditName, before: before,
          after: open.auditSummary, in: db)
      }
      let base = revisions.last(where: { $0.approvedAt != nil })
      var (changeClass, basis) = ChangeClassifier.classify(old: base?.content, new: candidate.content)
      // Who approves is part of the procedure: a new approver list is procedural, and the
      // approvers in force approve it (`governingApprovers`).
      if let base, Set(base.approverList) != Set(candidate.approvers) {
        let change =
          "approvers changed from \(base.approverList.sorted().joined(separator: ", ")) to "
          + candidate.approvers.sorted().joined(separator: ", ")
        basis = changeClass == .procedural ? "\(change); \(basis)" : change
        changeClass = .procedural
      }
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

  func workflowView(
    _ revision: StoredRevision, signatures: [StoredSignature], state: RevisionState? = nil, in db: Database
  ) throws -> WorkflowRevision {
    WorkflowRevision(
      state: state ?? revision.state, author: revision.author, owner: revision.owner,
      requiredApprovers: try SOPStore.governingApprovers(of: revision, in: db),
      signatures: signatures.map { WorkflowSignature(signer: $0.signer, meaning: $0.meaning) })
  }

  /// Who must approve `revision`: the approvers of the last revision of its SOP that was
  /// approved before it (the one in force, or the latest obsolete one), never the draft's
  /// own list, so an author cannot choose the approvers of their own change; the draft's
  /// list only for a SOP's first revision.
  static func governingApprovers(of revision: StoredRevision, in db: Database) throws -> [String] {
    let earlier =
      try StoredRevision
      .filter(Column("sop_id") == revision.sopID && Column("sequence") < revision.sequence)
      .filter(Column("approved_at") != nil)
      .order(Column("sequence").desc)
      .fetchOne(db)
    return earlier?.approverList ?? revision.approverList
  }
}
