import Foundation
import SOPKit
import Testing

@testable import CaseSim

@Suite struct ProcessScorerTests {
  func process(_ steps: [ProcessStep]) -> GoverningProcess {
    GoverningProcess(
      sopID: "TST-001", revision: "2.0", title: "Test", spec: ProcessSpec(steps: steps),
      headings: ["sec": "Section"])
  }

  func score(_ steps: [ProcessStep], _ commands: [CaseCommand]) throws -> ScoreReport {
    let scenario = try ScenarioFixtures.shipped("forgetful-payer")
    let record = try CaseAttempt(scenario: scenario, processes: []).play(seed: 1, commands: commands)
    return ProcessScorer(processes: [process(steps)]).score(record, passMark: 70)
  }

  func status(_ report: ScoreReport, _ id: String) -> StepStatus? {
    report.results.first { $0.stepID == id }?.status
  }

  let review = CaseCommand.act(CaseAction(.reviewAccount, parameters: ["note": "n"]))
  let call = CaseCommand.act(
    CaseAction(.call, parameters: ["contact": "accounts_payable", "language": "en"]))

  @Test func eachStatusAndItsWeight() throws {
    let steps = [
      ProcessStep(
        id: "done", title: "t", actions: [.reviewAccount], within: ProcessDeadline(days: 1, of: .caseStart),
        weight: 2, section: "sec"),
      ProcessStep(
        id: "late", title: "t", actions: [.call], within: ProcessDeadline(days: 0, of: .caseStart), weight: 4,
        section: "sec"),
      ProcessStep(id: "order", title: "t", actions: [.email], after: ["late"], weight: 2, section: "sec"),
      ProcessStep(
        id: "missed", title: "t", actions: [.creditHold], within: ProcessDeadline(days: 3, of: .caseStart),
        weight: 3, section: "sec"),
      ProcessStep(
        id: "forbid", title: "t", actions: [.sendDunning], kind: .forbidden, when: [.overdue], weight: 5,
        section: "sec"),
      ProcessStep(
        id: "na", title: "t", actions: [.logDispute], when: [.disputeRaised], weight: 7, section: "sec"),
    ]
    let report = try score(
      steps,
      [
        review, .act(CaseAction(.email, parameters: ["contact": "accounts_payable"])), .wait(days: 1), call,
        .act(CaseAction(.sendDunning, parameters: ["level": "1"])),
      ])
    #expect(status(report, "done") == .done)
    #expect(status(report, "late") == .late)
    #expect(status(report, "order") == .outOfOrder)
    #expect(status(report, "missed") == .missed)
    #expect(status(report, "forbid") == .forbidden)
    #expect(status(report, "na") == .notApplicable)
    // earned 2 + 2 + 1 + 0 + 0 of 2 + 4 + 2 + 3 + 5 = 16; n/a not counted.
    #expect(report.score == Int((100.0 * 5 / 16).rounded()))
    #expect(report.findings.count == 4)
  }

  @Test func aStepStopsApplyingWhenItsConditionLapsesBeforeItFallsDue() throws {
    let steps = [
      ProcessStep(
        id: "dun", title: "t", actions: [.sendDunning], when: [.overdue], unless: [.promiseOpen],
        within: ProcessDeadline(days: 1, of: .caseStart), section: "sec")
    ]
    let promise = CaseCommand.act(
      CaseAction(
        .recordPromise, parameters: ["amount": "overdue", "promised_date": "+9"], invoices: ["overdue"]))
    #expect(status(try score(steps, [promise]), "dun") == .notApplicable)
    #expect(status(try score(steps, [.wait(days: 3)]), "dun") == .missed)
  }

  @Test func findingsLinkToTheSectionAndRevision() throws {
    let steps = [
      ProcessStep(
        id: "call", title: "Call", actions: [.call], within: ProcessDeadline(days: 0, of: .caseStart),
        section: "sec")
    ]
    let finding = try #require(try score(steps, []).findings.first)
    #expect(finding.link.reference == "sop:TST-001#sec")
    #expect(finding.link.href == "TST-001.html#sec")
    #expect(finding.link.text == "TST-001 rev 2.0, \"Section\" (sop:TST-001#sec)")
    #expect(finding.expected == "Call the customer on the same day as the start of the case")
    let spanish = try #require(Feedback.named("es"))
    #expect(
      finding.expected(in: spanish) == "Llamar al cliente el mismo día que se produce el inicio del caso")
    #expect(finding.happened(in: spanish) == "No lo hiciste dentro del plazo, que acababa el día 0")
    #expect(finding.link.text(in: spanish) == "TST-001 rev. 2.0, «Section» (sop:TST-001#sec)")
  }

  @Test func everyShippedAttemptScoresAsItsKindPromises() throws {
    let files = CaseFixtures.actionsFiles()
    #expect(files.count >= 10)
    for path in files {
      let file = try ActionsFile.load(path: path)
      let scenarioID = try #require(file.scenario)
      let report = try CaseFixtures.attempt(scenarioID).score(seed: file.seed ?? 1, commands: file.commands)
      if path.hasSuffix(".expert.json") {
        #expect(report.score >= 90, "\(path): \(report.score)")
      } else {
        #expect(report.score < 50, "\(path): \(report.score)")
      }
    }
  }

  @Test func aProceduralRevisionChangesTheScore() throws {
    let scenario = try ScenarioFixtures.shipped("pricing-dispute")
    let file = try ActionsFile.load(path: "\(CaseFixtures.actions)/pricing-dispute.expert.json")
    let current = try CaseFixtures.processes(for: scenario)
    let revised = try current.map { process in
      guard process.sopID == "COL-004" else { return process }
      let document = try CaseFixtures.document(
        "COL-004", replacing: "escalate_disputes_after_days: 10", with: "escalate_disputes_after_days: 3")
      return try GoverningProcess(document: document, revision: "3.0")
    }
    let record = try CaseAttempt(scenario: scenario, processes: current).play(
      seed: 1, commands: file.commands)
    let before = ProcessScorer(processes: current).score(record, passMark: 70)
    let after = ProcessScorer(processes: revised).score(record, passMark: 70)
    #expect(after.score < before.score)
    #expect(after.findings.contains { $0.stepID == "escalate-late-dispute" && $0.revision == "3.0" })
  }
}
