import Foundation
import SOPKit
import Testing

@testable import CaseSim

/// Value rules and critical steps on the shipped scenarios: the expert attempts are right to
/// the cent, and wrong amounts, missed invoices and compliance breaches are scored down or
/// fail the attempt.
@Suite struct ValueScoringTests {
  func attempt(_ scenario: String, _ kind: String = "expert") throws -> (CaseAttempt, ActionsFile) {
    let file = try ActionsFile.load(path: "\(CaseFixtures.actions)/\(scenario).\(kind).json")
    return (try CaseFixtures.attempt(scenario), file)
  }

  func score(_ scenario: String, _ edit: ([CaseCommand]) -> [CaseCommand] = { $0 }) throws -> ScoreReport {
    let (attempt, file) = try attempt(scenario)
    return try attempt.score(seed: file.seed ?? 1, commands: edit(file.commands))
  }

  func result(_ report: ScoreReport, _ sop: String, _ step: String) throws -> StepResult {
    try #require(report.results.first { $0.sopID == sop && $0.stepID == step })
  }

  /// The commands with each `action` rewritten by `change` (nil drops it).
  func replacing(_ action: ProcessAction, _ change: @escaping (CaseAction) -> CaseAction?) -> (
    [CaseCommand]
  ) -> [CaseCommand] {
    { commands in
      commands.compactMap { command in
        guard case .act(let taken) = command, taken.action == action else { return command }
        return change(taken).map(CaseCommand.act)
      }
    }
  }

  /// The commands with `extra` inserted after the first `action`.
  func inserting(_ extra: CaseCommand, after action: ProcessAction) -> ([CaseCommand]) -> [CaseCommand] {
    { commands in
      var result = commands
      if let index = commands.firstIndex(where: {
        if case .act(let taken) = $0 { return taken.action == action }
        return false
      }) {
        result.insert(extra, at: index + 1)
      }
      return result
    }
  }

  /// The claim's action in the log.
  func action(_ report: ScoreReport, _ kind: ProcessAction) throws -> RecordedAction {
    try #require(
      report.record.entries.compactMap { entry -> RecordedAction? in
        guard case .action(let action) = entry.kind, action.action == kind else { return nil }
        return action
      }.first)
  }

  // MARK: concurso-es

  @Test func theConcursoExpertClaimsEveryPreDeclarationInvoiceToTheCent() throws {
    let report = try score("concurso-es")
    #expect(report.score >= 90)
    #expect(report.passed)
    #expect(report.criticalBreaches.isEmpty)
    #expect(try result(report, "COL-009", "file-claim").status == .done)
    // Independently of the simulator: every invoice of the generated account is issued before
    // the declaration (day 3) and none is paid during the case, so the claim is the account's
    // open balance, VAT included.
    let (attempt, _) = try attempt("concurso-es")
    let account = attempt.start(seed: 1).account
    let open = account.invoices.reduce(Int64(0)) { $0 + $1.openAmount.minorUnits }
    #expect(open > 0)
    #expect(report.outcome.insolvencyClaimFiled?.minorUnits == open)
    let claim = try action(report, .fileInsolvencyClaim)
    #expect(
      Set(claim.invoiceNumbers) == Set(account.invoices.filter { $0.openAmount.minorUnits > 0 }.map(\.number))
    )
  }

  @Test func aClaimForZeroOrAWrongAmountIsMissed() throws {
    for amount in ["0.00", "1000.00"] {
      let report = try score(
        "concurso-es",
        replacing(.fileInsolvencyClaim) {
          var claim = $0
          claim.parameters["amount"] = amount
          return claim
        })
      let step = try result(report, "COL-009", "file-claim")
      #expect(step.status == .missed)
      #expect(
        step.happened.contains("gave EUR \(amount == "0.00" ? "0.00" : "1,000.00")"), "\(step.happened)")
      #expect(step.happened.contains("the invoices issued before the declaration"))
      // The claim is the SOP's most important step: a wrong one fails the attempt.
      #expect(report.score < 100)
      #expect(!report.passed)
      #expect(report.criticalBreaches.map(\.stepID) == ["file-claim"])
    }
  }

  @Test func aClaimLeavingOutAnInvoiceNamesIt() throws {
    let report = try score(
      "concurso-es",
      replacing(.fileInsolvencyClaim) {
        var claim = $0
        claim.invoices = ["oldest"]
        return claim
      })
    let step = try result(report, "COL-009", "file-claim")
    #expect(step.status == .missed)
    let claim = try action(report, .fileInsolvencyClaim)
    #expect(claim.invoiceNumbers.count == 1)
    #expect(step.happened.contains("on 1 invoice;"))
    #expect(step.happened.contains(". Missing: F"), "\(step.happened)")
  }

  @Test func oneDunningLetterAfterTheDeclarationFailsTheConcursoExpert() throws {
    let dun = CaseCommand.act(
      CaseAction(.sendDunning, parameters: ["level": "1", "language": "es", "channel": "letter"]))
    let report = try score("concurso-es", inserting(dun, after: .stopDunning))
    #expect(!report.passed)
    #expect(report.criticalBreaches.contains { $0.stepID == "no-dunning-insolvent" && $0.sopID == "COL-009" })
    let text = report.text(transcript: false)
    let breach = try #require(text.range(of: "Critical breach"))
    let findings = try #require(text.range(of: "Findings ("))
    #expect(breach.lowerBound < findings.lowerBound)
    #expect(report.json().contains("\"critical_breaches\""))
  }

  // MARK: disputes

  @Test func dunningTheDisputedInvoiceFailsTheDisputeExpert() throws {
    let dun = CaseCommand.act(
      CaseAction(.sendDunning, parameters: ["level": "2", "language": "es"], invoices: ["disputed"]))
    let report = try score("disputa-calidad-es", inserting(dun, after: .logDispute))
    #expect(!report.passed)
    #expect(report.criticalBreaches.contains { $0.stepID == "no-dunning-disputed" })
    #expect(try score("disputa-calidad-es").passed)
  }

  // MARK: intereses-demora-es

  @Test func theInterestExpertClaimsEveryLateUndisputedInvoice() throws {
    let report = try score("intereses-demora-es")
    #expect(report.score >= 90)
    #expect(report.passed)
    #expect(try result(report, "COL-010", "claim-interest").status == .done)
    let claim = try action(report, .claimLateInterest)
    #expect(claim.invoiceNumbers.count == 3)
    let facts = try #require(claim.facts?.figures)
    #expect(facts.lateInvoices == claim.invoiceNumbers)
    #expect(facts.amount == facts.lateClaim)
    // 40 EUR per invoice is part of it: at least 120 on three invoices.
    #expect((facts.amount?.minorUnits ?? 0) > 12_000)
  }

  @Test func claimingTwoOfThreeLateInvoicesIsMissedAndNamesTheThird() throws {
    let report = try score(
      "intereses-demora-es",
      replacing(.claimLateInterest) {
        var claim = $0
        claim.invoices = ["1", "2"]
        return claim
      })
    let step = try result(report, "COL-010", "claim-interest")
    #expect(step.status == .missed)
    let (attempt, _) = try attempt("intereses-demora-es")
    let third = attempt.start(seed: 1).account.invoices[2].number
    #expect(step.happened.contains("on 2 invoices; the right figure is EUR "), "\(step.happened)")
    #expect(
      step.happened.hasSuffix(
        " on 3 invoices (the statutory interest plus EUR 40 per late invoice). Missing: \(third)"))
    #expect(report.score < 90)
  }

  @Test func aProceduralRevisionOfAValueRuleChangesTheScoreOfTheSameAttempt() throws {
    let scenario = try ScenarioFixtures.shipped("intereses-demora-es")
    let (attempt, file) = try attempt("intereses-demora-es")
    let twoInvoices = replacing(.claimLateInterest) {
      var claim = $0
      claim.invoices = ["1", "2"]
      return claim
    }
    let record = try attempt.play(seed: 1, commands: twoInvoices(file.commands))
    let current = try CaseFixtures.processes(for: scenario)
    // The previous practice: claim what the named invoices owe, whichever they are.
    let revised = try current.map { process in
      guard process.sopID == "COL-010" else { return process }
      let document = try CaseFixtures.document(
        "COL-010",
        replacing:
          "      amount: {equals: statutory_interest_plus_compensation, tolerance: 0.01}\n      invoices: {cover: late_invoices}\n",
        with: "      amount: {covers: open_balance_of_named_invoices, tolerance: 0.01}\n")
      return try GoverningProcess(document: document, revision: "0.9")
    }
    let strict = ProcessScorer(processes: current).score(record, passMark: 75)
    let lenient = ProcessScorer(processes: revised).score(record, passMark: 75)
    #expect(strict.score < lenient.score)
    #expect(strict.findings.contains { $0.stepID == "claim-interest" && $0.status == .missed })
    #expect(
      lenient.results.contains {
        $0.stepID == "claim-interest" && $0.revision == "0.9" && $0.status != .missed
      })
  }

  // MARK: plans and promises

  /// The verdict on COL-007 request-approval when the request carries `plan` as (date, share).
  func planRequest(_ plan: [(String, String)]) throws -> StepResult {
    let report = try score(
      "payment-plan-risk",
      replacing(.requestPlanApproval) {
        var request = $0
        request.instalments = plan.map { Instalment(date: $0.0, amount: "share:\($0.1)") }
        return request
      })
    return try result(report, "COL-007", "request-approval")
  }

  @Test func aPlanOutsideTheLimitsIsMissed() throws {
    let small = try planRequest([("+8", "0.1"), ("+30", "0.9")])
    #expect(small.status == .missed)
    #expect(small.happened.contains("under 25% of the plan total"), "\(small.happened)")
    let long = try planRequest([("+8", "0.3"), ("+200", "0.7")])
    #expect(long.status == .missed)
    #expect(long.happened.contains("more than 6 months after the offer"), "\(long.happened)")
    #expect(try result(try score("payment-plan-risk"), "COL-007", "request-approval").status == .done)
  }

  @Test func aPlanThatDoesNotCoverTheOverdueBalanceIsMissed() throws {
    let step = try planRequest([("+8", "0.3"), ("+22", "0.3")])
    #expect(step.status == .missed)
    #expect(step.happened.contains("(the overdue balance)"), "\(step.happened)")
    #expect(!step.happened.contains("missing"), "a plan names no invoices: \(step.happened)")
  }

  @Test func aPromiseLaterThanTheCustomerOfferedIsMissed() throws {
    #expect(try result(try score("forgetful-payer"), "COL-002", "record-promise").status == .done)
    let report = try score(
      "forgetful-payer",
      replacing(.recordPromise) {
        var promise = $0
        promise.parameters["promised_date"] = "+30"
        return promise
      })
    let step = try result(report, "COL-002", "record-promise")
    #expect(step.status == .missed)
    #expect(step.happened.contains("later than the date the customer offered"), "\(step.happened)")
  }

  // MARK: controls that must come first

  @Test func refundingBeforeVerifyingIsABreachEvenThoughTheRefundEndsTheCredit() throws {
    let (attempt, file) = try attempt("unapplied-payment", "careless")
    let report = try attempt.score(seed: file.seed ?? 1, commands: file.commands)
    #expect(report.criticalBreaches.map(\.stepID) == ["no-settling-before-verification"])
    let expert = try score("unapplied-payment")
    #expect(try result(expert, "COL-005", "no-settling-before-verification").status == .done)
  }

  @Test func theFinalNoticeOnlyAfterTheFirstTwoLevels() throws {
    let final = CaseCommand.act(
      CaseAction(.sendDunning, parameters: ["level": "3", "language": "en"], invoices: ["overdue"]))
    let second = CaseCommand.act(
      CaseAction(.sendDunning, parameters: ["level": "2", "language": "en"], invoices: ["overdue"]))
    let (attempt, _) = try attempt("dunning-unresponsive")
    let skipped = try attempt.score(seed: 1, commands: [final])
    #expect(skipped.criticalBreaches.map(\.stepID) == ["no-final-notice-skipping-levels"])
    // A second notice first is no breach of this rule (the ladder finding is another step's).
    let levelTwo = try attempt.score(seed: 1, commands: [second])
    #expect(try result(levelTwo, "COL-003", "no-final-notice-skipping-levels").status == .done)
  }

  // MARK: every scenario

  /// Scenarios whose careless attempt goes wrong on figures, not on compliance: it fails on
  /// points, and the finding is the value check, not a critical breach.
  static let wrongOnFiguresOnly: Set = ["pago-parcial-intereses-es", "sector-publico-es"]

  @Test func everyCarelessAttemptShowsACriticalBreachAndFails() throws {
    for path in CaseFixtures.actionsFiles() where path.hasSuffix(".careless.json") {
      let file = try ActionsFile.load(path: path)
      let scenario = try #require(file.scenario)
      let report = try CaseFixtures.attempt(scenario).score(seed: file.seed ?? 1, commands: file.commands)
      #expect(!report.passed, "\(path)")
      if Self.wrongOnFiguresOnly.contains(scenario) { continue }
      #expect(!report.criticalBreaches.isEmpty, "\(path)")
    }
  }

  // MARK: sector-publico-es

  @Test func aPublicBodyOwesTheSameInterestAndFortyEuros() throws {
    // Seed 1: Ayuntamiento de Alicante. F2025-039155, EUR 16,060.86 due 2025-12-26, paid
    // 2026-05-07: 5 d in 2025-H2 + 127 d in 2026-H1, both 10.15 % = 22.33 + 567.21;
    // F2025-039156, EUR 9,531.16 due 2026-01-29: 98 d = 259.74; + 2 x EUR 40 = 929.28.
    let report = try score("sector-publico-es")
    #expect(report.passed && report.score == 100)
    #expect(report.outcome.interestDue.decimalString == "929.28")
    let careless = try attempt("sector-publico-es", "careless")
    let exempted = try careless.0.score(seed: 1, commands: careless.1.commands)
    #expect(try result(exempted, "COL-010", "claim-interest").status == .missed)
    #expect(!exempted.passed)
  }

  // MARK: preconcurso-es

  @Test func aNoticeOfNegotiationsStaysLegalActionAndPromises() throws {
    let expert = try score("preconcurso-es")
    #expect(expert.passed && expert.score == 100)
    #expect(try result(expert, "COL-009", "escalate-negotiations").status == .done)
    // The customer can pay old invoices only under its plan: no new promise is due.
    #expect(try result(expert, "COL-002", "new-promise-after-broken").status == .notApplicable)
    let careless = try attempt("preconcurso-es", "careless")
    let sued = try careless.0.score(seed: 1, commands: careless.1.commands)
    #expect(sued.criticalBreaches.map(\.stepID) == ["no-legal-during-negotiations"])
    #expect(!sued.passed)
  }

  // MARK: disputa-rechazada-es, pago-parcial-intereses-es

  @Test func aRejectedDisputeEarnsInterestFromTheOriginalDueDate() throws {
    // Seed 1: F2026-053455, EUR 12,634.34 due 2026-04-15, disputed on day 1, rejected on day
    // 5, paid 2026-05-20: 35 days at 10.15 % on the full amount = 122.97 (the dispute's days
    // included); F2026-053456, EUR 5,448.50 due 2026-05-03, 17 days = 25.76; + 2 x EUR 40.
    let report = try score("disputa-rechazada-es")
    #expect(report.passed && report.score == 100)
    let claim = try action(report, .claimLateInterest)
    #expect(claim.facts?.figures.lateClaim.decimalString == "228.73")
    #expect(report.outcome.interestDue.decimalString == "228.73")
  }

  @Test func aPartPaymentSplitsTheInterestAndTheFortyEurosIsChargedOnce() throws {
    // Seed 1: F2025-053455, EUR 21,638.66 due 2026-02-25; half (10,819.33) paid 2026-04-22,
    // the rest 2026-04-25. Feb 26..Apr 22 = 56 d on 21,638.66 at 10.15 % = 336.97; Apr 23..25
    // = 3 d on 10,819.33 = 9.03. F2026-053456, EUR 6,658.50 due 2026-03-31, paid 2026-04-25:
    // 25 d = 46.29. 392.29 + EUR 40 per invoice = 472.29.
    let report = try score("pago-parcial-intereses-es")
    #expect(report.passed && report.score == 100)
    #expect(report.outcome.interestDue.decimalString == "472.29")
    let careless = try attempt("pago-parcial-intereses-es", "careless")
    let wrong = try careless.0.score(seed: 1, commands: careless.1.commands)
    #expect(try result(wrong, "COL-010", "claim-interest").status == .missed)
  }

  @Test func everyExpertAttemptPassesWithoutABreach() throws {
    for path in CaseFixtures.actionsFiles() where path.hasSuffix(".expert.json") {
      let file = try ActionsFile.load(path: path)
      let report = try CaseFixtures.attempt(try #require(file.scenario)).score(
        seed: file.seed ?? 1, commands: file.commands)
      #expect(report.criticalBreaches.isEmpty, "\(path): \(report.criticalBreaches.map(\.stepID))")
      #expect(report.passed, "\(path): \(report.score)")
    }
  }
}
