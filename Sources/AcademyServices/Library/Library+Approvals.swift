import SOPKit

/// A revision waiting for an approver's signature, with the approver entries still unfilled.
public struct ApprovalItem: Sendable, Hashable {
  /// The revision in review.
  public var view: RevisionView
  /// Entries of the approvers in force that no approval of this round fills yet.
  public var missing: [String]
}

/// What an approver reads before signing: the revision, what it changes against the one in
/// force, this round's signatures and what the reader may sign.
public struct ApprovalReview: Sendable {
  /// The latest revision of the SOP.
  public var view: RevisionView
  /// The revision in force today, if any.
  public var inForce: StoredRevision?
  /// The change against the revision in force (against nothing for a first revision).
  public var diff: RevisionDiff
  /// Signatures of the current review round, oldest first.
  public var round: [StoredSignature]
  /// The signatures the reader may give now, in the order forms offer them.
  public var actions: [WorkflowAction]
}

/// An author's desk: the SOPs they own or last imported, their open drafts, and the
/// rejections they have to answer.
public struct AuthorDesk: Sendable {
  /// One rejection since the SOP's last approval.
  public struct Rejection: Sendable, Hashable {
    /// The SOP.
    public var sopID: String
    /// The rejected revision's label.
    public var number: String
    /// The rejection.
    public var signature: StoredSignature
  }

  /// The latest revision of every SOP the user owns or authored, by SOP id.
  public var mine: [RevisionView]
  /// Rejections since each open draft's last approval, newest revision first.
  public var rejections: [Rejection]

  /// The open ones: drafts and revisions in review.
  public var drafts: [RevisionView] { mine.filter { Library.isOpen($0.state) } }
}

extension Library {
  /// The signatures a form offers, in order.
  public static let signatureActions: [WorkflowAction] = [.approve, .reject, .review]

  /// The signatures `signer` may give the revision `view` now, as the workflow would allow
  /// them (in review, not its author or owner, the role, an approver entry to fill, not
  /// signed so already this round).
  public static func actions(on view: RevisionView, by signer: Signer) -> [WorkflowAction] {
    let workflow = WorkflowRevision(view)
    return signatureActions.filter { action in
      (try? Workflow.apply(action, to: workflow, by: signer)) != nil
    }
  }

  /// Whether `signer` may send `view` for approval now (a draft, and the author role).
  public static func maySubmit(_ view: RevisionView, by signer: Signer) -> Bool {
    (try? Workflow.apply(.submit, to: WorkflowRevision(view), by: signer)) != nil
  }

  /// Whether `view` waits for `signer`'s approval.
  public static func waitsFor(_ view: RevisionView, _ signer: Signer) -> Bool {
    actions(on: view, by: signer).contains(.approve)
  }

  /// The approver entries of `view`'s approvers in force no approval of this round fills.
  public static func missingApprovals(_ view: RevisionView) -> [String] {
    let approvals = view.signatures.filter { $0.round == view.revision.round && $0.meaning == .approval }
    return ApprovalRule.missingEntries(
      requiredApprovers: view.requiredApprovers, signers: approvals.map(\.signer))
  }

  /// Whether a revision in `state` is open work: a draft or in review.
  public static func isOpen(_ state: RevisionState) -> Bool {
    state == .draft || state == .inReview
  }

  /// The revisions waiting for `signer`'s approval, by SOP id.
  public func queue(for signer: Signer) throws -> [ApprovalItem] {
    try repository.latestRevisions().filter { Self.waitsFor($0, signer) }.map {
      ApprovalItem(view: $0, missing: Self.missingApprovals($0))
    }
  }

  /// The latest revision of `sopID` as an approver reviews it, for `signer`.
  public func review(_ sopID: String, for signer: Signer) throws -> ApprovalReview {
    let history = try repository.history(sopID)
    guard let view = history.last else { throw StoreError.unknownSOP(sopID) }
    let revision = view.revision
    let inForce = history.last { $0.state == .effective }?.revision
    let diff = RevisionDiff(
      sopID: sopID, from: inForce?.number ?? "—", old: inForce?.content ?? "", to: revision.number,
      new: revision.content)
    return ApprovalReview(
      view: view, inForce: inForce, diff: diff, round: view.signatures.filter { $0.round == revision.round },
      actions: Self.actions(on: view, by: signer))
  }

  /// The desk of `userName`: SOPs they own or authored, and the rejections of open drafts
  /// since the last approval (the comments they have to answer).
  public func desk(of userName: String) throws -> AuthorDesk {
    let mine = try repository.latestRevisions().filter {
      $0.revision.owner == userName || $0.revision.author == userName
    }
    var rejections: [AuthorDesk.Rejection] = []
    for view in mine where Self.isOpen(view.state) {
      let open = try repository.history(view.revision.sopID).reversed().prefix {
        $0.revision.approvedAt == nil
      }
      for item in open {
        for signature in item.signatures where signature.meaning == .rejection {
          rejections.append(
            AuthorDesk.Rejection(
              sopID: view.revision.sopID, number: item.revision.number, signature: signature))
        }
      }
    }
    return AuthorDesk(mine: mine, rejections: rejections)
  }
}
