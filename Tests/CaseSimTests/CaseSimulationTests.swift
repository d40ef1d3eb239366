import Foundation
import SOPKit
import Testing

@testable import CaseSim

@Suite struct CaseSimulationTests {
  let attemptCommands: [CaseCommand] = [
    .act(CaseAction(.reviewAccount, parameters: ["note": "x"])),
    .act(
      CaseAction(.call, parameters: ["contact": "accounts_payable", "language": "en"], invoices: ["overdue"])),
    .act(
      CaseAction(
        .recordPromise, parameters: ["amount": "offered", "promised_date": "offered"], invoices: ["offered"])),
    .wait(days: 21),
  ]

  @Test func theSameSeedAndActionsReproduceTheCase() throws {
    let attempt = try CaseFixtures.attempt("forgetful-payer")
    let first = try attempt.play(seed: 7, commands: attemptCommands)
    let second = try attempt.play(seed: 7, commands: attemptCommands)
    #expect(first == second)
    #expect(first.transcript == second.transcript)
    let transcripts = try (1...8).map { try attempt.play(seed: $0, commands: attemptCommands).transcript }
    #expect(Set(transcripts).count > 1)
  }

  @Test func spanishCustomersAnswerInSpanish() throws {
    let attempt = try CaseFixtures.attempt("broken-promise-es")
    let record = try attempt.play(
      seed: 1,
      commands: [.act(CaseAction(.call, parameters: ["contact": "accounts_payable", "language": "es"]))])
    let customer = record.entries.filter { $0.speaker == "customer" }.map(\.text)
    #expect(!customer.isEmpty)
    #expect(
      customer.allSatisfy {
        $0.contains("Les pagaremos") || $0.contains("no contesta") || $0.contains("plazos")
      })
  }

  @Test func planApprovalArrivesDaysAfterTheRequest() throws {
    let attempt = try CaseFixtures.attempt("payment-plan-risk")
    var simulation = attempt.start(seed: 1)
    try simulation.perform(.act(CaseAction(.requestPlanApproval, parameters: ["note": "n"], instalments: [])))
    #expect(!simulation.conditions.contains(.planApproved))
    try simulation.perform(.waitFor(.planApproved))
    #expect(simulation.conditions.contains(.planApproved))
    #expect((1...3).contains(simulation.day))
  }

  @Test func waitingForAnEventThatDoesNotComeAgainIsRefusedAndChangesNothing() throws {
    let attempt = try CaseFixtures.attempt("payment-plan-risk")
    var simulation = attempt.start(seed: 1)
    try simulation.perform(.act(CaseAction(.requestPlanApproval, parameters: ["note": "n"], instalments: [])))
    try simulation.perform(.waitFor(.planApproved))
    try simulation.perform(.act(CaseAction(.reviewAccount)))
    let day = simulation.day
    let entries = simulation.entries.count
    #expect(throws: SimulationError.self) { try simulation.perform(.waitFor(.planApproved)) }
    #expect(simulation.day == day)
    #expect(simulation.entries.count == entries)
    #expect(!simulation.isAtEnd)
  }

  func violations(_ scenario: String, _ commands: [CaseCommand]) throws -> [String] {
    try CaseFixtures.attempt(scenario).play(seed: 1, commands: commands).violations.map(\.text)
  }

  @Test func dunningADisputedItemIsRecorded() throws {
    let found = try violations(
      "pricing-dispute",
      [
        .waitFor(.disputeRaised),
        .act(CaseAction(.sendDunning, parameters: ["level": "1"], invoices: ["disputed"])),
      ])
    #expect(found == ["You sent a dunning letter: dunning an invoice under dispute"])
  }

  @Test func collectingFromACustomerInConcursoIsRecorded() throws {
    let found = try violations(
      "concurso-es",
      [
        .waitFor(.insolvencyDeclared), .act(CaseAction(.call, parameters: ["language": "es"])),
        .act(CaseAction(.allocateCredit, parameters: ["amount": "credit"], invoices: ["oldest"])),
      ])
    #expect(
      found == [
        "You called the customer: asking a customer in concurso for payment instead of filing the claim",
        "You allocated the credit: set-off against pre-insolvency debt after the declaration",
      ])
  }

  @Test func aPlanBeforeApprovalAndAnUnapprovedWriteOffAreRecorded() throws {
    let found = try violations(
      "payment-plan-risk",
      [
        .act(CaseAction(.proposePaymentPlan, instalments: [])),
        .act(CaseAction(.writeOff, invoices: ["oldest"])),
      ])
    #expect(
      found == [
        "You offered a payment plan: offering a payment plan before risk approval",
        "You posted a write-off: posting a write-off without approval",
      ])
  }

  @Test func anUnknownInvoiceIsRefusedWithAdvice() throws {
    let attempt = try CaseFixtures.attempt("forgetful-payer")
    var simulation = attempt.start(seed: 1)
    #expect(throws: SimulationError.self) {
      try simulation.perform(.act(CaseAction(.call, invoices: ["INV-NOPE"])))
    }
  }

  @Test func actionsFilesRejectUnknownParameters() {
    let json = Data(#"[{"action": "call", "colour": "red"}]"#.utf8)
    #expect(throws: SimulationError.self) { try ActionsFile.parse(json, path: "a.json") }
  }
}
