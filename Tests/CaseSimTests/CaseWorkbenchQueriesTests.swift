import CivilCalendar
import Foundation
import SOPKit
import Testing

@testable import CaseSim

/// The queries the web workbench and `academy practice` share: typed commands, the steps that
/// apply now and the account as it stands.
@Suite struct CaseWorkbenchQueriesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func forgetfulPayer() throws -> (CaseAttempt, CaseSimulation) {
    let scenario = try ScenarioLibrary(directory: "\(root)/scenarios").scenario(id: "forgetful-payer")
    let library = SOPLibrary.load(
      try FileManager.default.contentsOfDirectory(atPath: "\(root)/sops").filter { $0.hasSuffix(".md") }
        .sorted().map { "\(root)/sops/\($0)" })
    let processes = try scenario.sops.map { id in
      try GoverningProcess(
        document: try #require(library.document(id: id)), revision: GoverningProcess.workingCopy)
    }
    let attempt = CaseAttempt(scenario: scenario, processes: processes)
    return (attempt, attempt.start(seed: 1))
  }

  @Test func typedLinesAndFormFieldsReadAsTheActionsFileDoes() throws {
    #expect(try CaseCommandLine.parse("wait 3") == .wait(days: 3))
    #expect(try CaseCommandLine.parse("advance_to 2026-03-20") == .advanceTo(CivilDate(iso: "2026-03-20")!))
    #expect(try CaseCommandLine.parse("wait_for promise_broken") == .waitFor(.promiseBroken))
    let typed = try CaseCommandLine.parse(
      "call contact=accounts_payable language=en invoices=overdue,1 note=first call")
    let expected = CaseAction(
      .call, parameters: ["contact": "accounts_payable", "language": "en", "note": "first call"],
      invoices: ["overdue", "1"])
    #expect(typed == .act(expected))
    let form = try CaseCommandLine.action(
      "request_plan_approval", fields: ["instalments": "+7:share:0.5, +21:share:0.5"])
    #expect(
      form
        == .act(
          CaseAction(
            .requestPlanApproval,
            instalments: [
              Instalment(date: "+7", amount: "share:0.5"), Instalment(date: "+21", amount: "share:0.5"),
            ]
          )))
    #expect(throws: ActionsFile.EntryProblem.self) { try CaseCommandLine.parse("call colour=red") }
    #expect(throws: ActionsFile.EntryProblem.self) { try CaseCommandLine.parse("dance") }
    #expect(throws: ActionsFile.EntryProblem.self) { try CaseCommandLine.wait(days: -1) }
    #expect(throws: ActionsFile.EntryProblem.self) { try CaseCommandLine.advance(to: "20 March") }
    #expect(throws: ActionsFile.EntryProblem.self) { try CaseCommandLine.waitFor("lunch") }
    #expect(throws: ActionsFile.EntryProblem.self) {
      try CaseCommandLine.action("propose_payment_plan", fields: ["instalments": "+7"])
    }
    let problem = ActionsFile.EntryProblem.message("unknown action 'dance'; type 'help'")
    #expect(problem.localizedDescription == "unknown action 'dance'; type 'help'")
  }

  @Test func theStepsThatApplyFollowTheCase() throws {
    var (attempt, simulation) = try Self.forgetfulPayer()
    let opening = simulation.applicableSteps(attempt.processes)
    let review = try #require(opening.first { $0.stepID == "review-account" })
    #expect(review.sopID == "COL-002")
    #expect(review.reference == "sop:COL-002#\(review.section)")
    #expect(!review.forbidden)
    #expect(review.dueBy.map { $0 >= simulation.account.asOf } == true)
    #expect(!opening.contains { $0.stepID == "confirm-promise-in-writing" })
    try simulation.perform(
      .act(CaseAction(.call, parameters: ["contact": "accounts_payable", "language": "en"])))
    try simulation.perform(
      .act(
        CaseAction(
          .recordPromise, parameters: ["amount": "offered", "promised_date": "offered"], invoices: ["offered"]
        )))
    let later = simulation.applicableSteps(attempt.processes)
    let confirm = try #require(later.first { $0.stepID == "confirm-promise-in-writing" })
    #expect(confirm.dueBy == simulation.date.adding(days: 1))
  }

  @Test func theSnapshotShowsTheAccountAsItStandsToday() throws {
    var (_, simulation) = try Self.forgetfulPayer()
    let start = simulation.snapshot
    #expect(start.items.map(\.number) == simulation.account.invoices.map(\.number))
    #expect(start.items.map(\.open) == simulation.account.invoices.map(\.openAmount))
    #expect(start.promises.isEmpty)
    #expect(start.letters.isEmpty)
    try simulation.perform(
      .act(CaseAction(.call, parameters: ["contact": "accounts_payable", "language": "en"])))
    try simulation.perform(
      .act(
        CaseAction(
          .recordPromise, parameters: ["amount": "offered", "promised_date": "offered"], invoices: ["offered"]
        )))
    try simulation.perform(.act(CaseAction(.sendDunning, parameters: ["level": "1"], invoices: ["overdue"])))
    let promised = simulation.snapshot
    let promise = try #require(promised.promises.first)
    #expect(promise.status == .open)
    #expect(promise.madeOn == simulation.date)
    #expect(promised.letters.map(\.level) == [1])
    try simulation.perform(.wait(days: 30))
    let record = simulation.recordSoFar
    #expect(record.entries == simulation.entries)
    #expect(record.caseDays == simulation.lastDay)
    let after = simulation.snapshot
    #expect(after.promises.first?.status != .open)
    let received = after.receipts.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
    let paidDown = zip(start.items, after.items).reduce(Int64(0)) {
      $0 + $1.0.open.minorUnits - $1.1.open.minorUnits
    }
    #expect(received == paidDown)
  }
}
