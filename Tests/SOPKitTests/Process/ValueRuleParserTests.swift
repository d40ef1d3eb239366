import Testing

@testable import SOPKit

@Suite struct ValueRuleParserTests {
  static func step(_ lines: String, action: String = "file_insolvency_claim", settings: String = "") -> String
  {
    settings + "steps:\n  - id: a\n    title: A\n    action: \(action)\n" + lines + "    section: disputes\n"
  }

  static func findings(_ yaml: String) -> [String] { ProcessParserTests.findings(yaml) }

  @Test func readsValueRulesAndCritical() throws {
    let yaml = Self.step(
      """
          values:
            amount: {equals: pre_declaration_balance, tolerance: 0.05}
            invoices: {cover: pre_declaration_invoices}
            date: {no_later_than: claim_deadline}
          critical: true

      """)
    let (document, findings) = SOPFixtures.parse(ProcessParserTests.sop(yaml))
    #expect(findings.isEmpty)
    let step = try #require(document.process?.steps.first)
    #expect(step.critical)
    #expect(
      step.values == [
        ValueRule(.amount, .equals(.preDeclarationBalance, toleranceCents: 5)),
        ValueRule(.invoices, .cover(.preDeclarationInvoices)),
        ValueRule(.date, .noLaterThan(.claimDeadline)),
      ])
  }

  @Test func toleranceDefaultsToOneCentAndCoversReadsAsAtLeast() throws {
    let yaml = Self.step(
      "    values: {instalments: {covers: overdue_balance, within: plan_limits}}\n",
      action: "propose_payment_plan",
      settings: "plan_max_months: 6\n")
    let (document, findings) = SOPFixtures.parse(ProcessParserTests.sop(yaml))
    #expect(findings.isEmpty)
    #expect(
      document.process?.steps.first?.values == [
        ValueRule(.instalments, .covers(.overdueBalance, toleranceCents: 1)),
        ValueRule(.instalments, .withinPlanLimits),
      ])
  }

  @Test func unknownFigureGetsASuggestion() {
    #expect(
      Self.findings(Self.step("    values: {amount: {equals: pre_declaration_balanse}}\n")) == [
        "sops/test.md:30:31: error: unknown case figure 'pre_declaration_balanse'; did you mean 'pre_declaration_balance'? [process]"
      ])
  }

  @Test func aSubjectTakesOnlyItsTests() {
    #expect(
      Self.findings(Self.step("    values: {invoices: {equals: credit_balance}}\n")) == [
        "sops/test.md:30:24: error: 'invoices' cannot be checked with 'equals'; see the value rules in docs/sop-format.md [process]"
      ])
  }

  @Test func aSubjectMustBeAParameterOfTheAction() {
    #expect(
      Self.findings(Self.step("    values: {promised_date: {no_later_than: offered_date}}\n")).contains(
        "sops/test.md:27:5: error: parameter 'promised_date' is not taken by every action of the step (file_insolvency_claim) [process]"
      ))
  }

  @Test func badToleranceAndCriticalAreNamed() {
    let found = Self.findings(
      Self.step("    values: {amount: {equals: credit_balance, tolerance: 0.001}}\n    critical: yes\n"))
    #expect(found.contains { $0.contains("'values.amount.tolerance' must be an amount such as 0.01") })
    #expect(found.contains { $0.contains("'critical' must be true or false") })
  }

  @Test func planLimitsNeedASetting() {
    let yaml = Self.step("    values: {instalments: {within: plan_limits}}\n", action: "propose_payment_plan")
    #expect(
      Self.findings(yaml).contains {
        $0.contains("'within: plan_limits' needs plan_first_instalment_min_percent")
      })
    let set = Self.step(
      "    values: {instalments: {within: plan_limits}}\n", action: "propose_payment_plan",
      settings: "plan_max_months: 6\n")
    #expect(Self.findings(set).isEmpty)
  }

  @Test func centsParseTheTolerance() {
    #expect(ProcessParser.cents("0.01") == 1)
    #expect(ProcessParser.cents("0.5") == 50)
    #expect(ProcessParser.cents("5") == 500)
    #expect(ProcessParser.cents("-1") == nil)
    #expect(ProcessParser.cents("1.234") == nil)
    #expect(ProcessParser.cents("abc") == nil)
  }
}
