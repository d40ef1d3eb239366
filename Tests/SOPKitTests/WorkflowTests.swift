import TestSupport
import Testing

@testable import SOPKit

@Suite struct WorkflowTests {
  let author = Signer(userName: "ana", printedName: "Ana López", roles: ["author"])
  let lead = Signer(userName: "lea", printedName: "Lea Díaz", roles: ["approver", "ar-team-lead"])
  let manager = Signer(
    userName: "max", printedName: "Max Ruiz", roles: ["approver", "manager", "ar-manager"])
  let trainee = Signer(userName: "tom", printedName: "Tom Gil", roles: ["trainee"])

  func revision(_ state: RevisionState, signatures: [WorkflowSignature] = []) -> WorkflowRevision {
    WorkflowRevision(
      state: state, author: "ana", owner: "olga", requiredApprovers: ["ar-team-lead", "ar-manager"],
      signatures: signatures)
  }

  @Test func submitMovesDraftToReview() throws {
    #expect(try Workflow.apply(.submit, to: revision(.draft), by: author).state == .inReview)
  }

  @Test func submitNeedsAnAuthor() {
    #expect(throws: WorkflowRefusal.wrongRole(action: .submit, user: "tom", needs: ["author"])) {
      try Workflow.apply(.submit, to: revision(.draft), by: trainee)
    }
  }

  @Test func submitRefusedOutsideDraft() {
    for state in [RevisionState.inReview, .approved, .effective, .obsolete, .withdrawn, .superseded] {
      #expect(throws: WorkflowRefusal.notAllowed(action: .submit, state: state)) {
        try Workflow.apply(.submit, to: revision(state), by: author)
      }
    }
  }

  @Test func approvingADraftNeverSubmittedIsRefused() {
    #expect(throws: WorkflowRefusal.notSubmitted(action: .approve)) {
      try Workflow.apply(.approve, to: revision(.draft), by: lead)
    }
  }

  @Test func firstApprovalKeepsReviewSecondApproves() throws {
    let first = try Workflow.apply(.approve, to: revision(.inReview), by: lead)
    #expect(first == Workflow.Outcome(state: .inReview, signature: .approval))
    let signed = revision(.inReview, signatures: [WorkflowSignature(signer: lead, meaning: .approval)])
    #expect(try Workflow.apply(.approve, to: signed, by: manager).state == .approved)
  }

  @Test func reviewSignaturesDoNotCount() throws {
    let reviewed = revision(
      .inReview,
      signatures: [
        WorkflowSignature(signer: lead, meaning: .review),
        WorkflowSignature(signer: manager, meaning: .review),
      ])
    #expect(try Workflow.apply(.approve, to: reviewed, by: lead).state == .inReview)
  }

  @Test func authorAndOwnerCannotSign() {
    let authorApprover = Signer(userName: "ana", printedName: "Ana", roles: ["approver", "ar-team-lead"])
    let owner = Signer(userName: "olga", printedName: "Olga", roles: ["approver", "ar-manager"])
    for signer in [authorApprover, owner] {
      for action in [WorkflowAction.approve, .review, .reject] {
        #expect(throws: WorkflowRefusal.selfApproval(user: signer.userName)) {
          try Workflow.apply(action, to: revision(.inReview), by: signer)
        }
      }
    }
  }

  @Test func approvingTwiceIsRefused() {
    let signed = revision(.inReview, signatures: [WorkflowSignature(signer: lead, meaning: .approval)])
    #expect(throws: WorkflowRefusal.alreadySigned(user: "lea", meaning: .approval)) {
      try Workflow.apply(.approve, to: signed, by: lead)
    }
  }

  @Test func approverMustFillAnEntry() {
    let outsider = Signer(userName: "otto", printedName: "Otto", roles: ["approver"])
    #expect(
      throws: WorkflowRefusal.notARequiredApprover(user: "otto", approvers: ["ar-team-lead", "ar-manager"])
    ) {
      try Workflow.apply(.approve, to: revision(.inReview), by: outsider)
    }
  }

  @Test func approvalNeedsTheApproverRole() {
    let titled = Signer(userName: "tia", printedName: "Tia", roles: ["ar-team-lead"])
    #expect(throws: WorkflowRefusal.wrongRole(action: .approve, user: "tia", needs: ["approver"])) {
      try Workflow.apply(.approve, to: revision(.inReview), by: titled)
    }
  }

  @Test func rejectSendsBackToDraft() throws {
    #expect(try Workflow.apply(.reject, to: revision(.inReview), by: lead).state == .draft)
    #expect(throws: WorkflowRefusal.notSubmitted(action: .reject)) {
      try Workflow.apply(.reject, to: revision(.draft), by: lead)
    }
  }

  @Test func obsoleteNeedsManagerAndAnApprovedRevision() throws {
    #expect(try Workflow.apply(.obsolete, to: revision(.effective), by: manager).state == .obsolete)
    #expect(throws: WorkflowRefusal.wrongRole(action: .obsolete, user: "lea", needs: ["manager", "admin"])) {
      try Workflow.apply(.obsolete, to: revision(.effective), by: lead)
    }
    #expect(throws: WorkflowRefusal.notAllowed(action: .obsolete, state: .draft)) {
      try Workflow.apply(.obsolete, to: revision(.draft), by: manager)
    }
  }

  @Test func withdrawOnlyUnapproved() throws {
    #expect(try Workflow.apply(.withdraw, to: revision(.inReview), by: author).state == .withdrawn)
    #expect(throws: WorkflowRefusal.notAllowed(action: .withdraw, state: .effective)) {
      try Workflow.apply(.withdraw, to: revision(.effective), by: author)
    }
  }

  @Test func onePersonFillsOnlyOneEntry() {
    let both = Signer(userName: "bo", printedName: "Bo", roles: ["approver", "ar-team-lead", "ar-manager"])
    #expect(!ApprovalRule.isSatisfied(requiredApprovers: ["ar-team-lead", "ar-manager"], by: [both]))
    #expect(ApprovalRule.isSatisfied(requiredApprovers: ["ar-team-lead", "ar-manager"], by: [both, lead]))
    #expect(
      ApprovalRule.missingEntries(requiredApprovers: ["ar-team-lead", "ar-manager"], signers: [lead]) == [
        "ar-manager"
      ])
  }
}
