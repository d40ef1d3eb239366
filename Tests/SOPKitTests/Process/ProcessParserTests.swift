import Testing

@testable import SOPKit

@Suite struct ProcessParserTests {
  /// A full SOP whose procedure holds `yaml` as its process block; the block's fence is on
  /// file line 25.
  static func sop(_ yaml: String) -> String {
    SOPFixtures.frontMatter() + SOPFixtures.body(procedure: SOPFixtures.process(yaml))
  }

  static func findings(_ yaml: String) -> [String] {
    SOPFixtures.findings(sop(yaml))
  }

  @Test func theProcessBlockStartsOnTheExpectedLine() throws {
    let (document, _) = SOPFixtures.parse(
      Self.sop("steps:\n  - id: a\n    title: A\n    action: call\n    section: disputes\n"))
    let process = try #require(document.process)
    #expect(process.line == 25)
    #expect(process.steps.first?.line == 27)
  }

  @Test func parsesEveryStepKeyAndSetting() throws {
    let yaml = """
      promise_tolerance_days: 3
      escalate_disputes_after_days: 10
      dunning_min_gap_days: 7
      pass_mark: 80
      steps:
        - id: first-contact
          title: Call accounts payable
          action: [call, email]
          within: {days: 2, of: case_start}
          language: customer
          weight: 2
          section: first-contact
        - id: dun
          title: Send the first letter
          action: send_dunning
          kind: optional
          after: [first-contact]
          when: [overdue, customer_language:es, customer_country:ES]
          unless: promise_open
          not_before: {days: 0, of: step:first-contact}
          expect: {level: 1}
          requires: [invoices]
          section: disputes
        - id: escalate
          title: Escalate a late dispute
          action: escalate
          when: dispute_overdue
          within: {days: 0, of: dispute_overdue}
          section: disputes

      """
    let (document, findings) = SOPFixtures.parse(Self.sop(yaml))
    #expect(findings.isEmpty)
    let process = try #require(document.process)
    #expect(
      process.settings
        == ProcessSettings(
          promiseToleranceDays: 3, escalateDisputesAfterDays: 10, dunningMinGapDays: 7, passMark: 80))
    #expect(
      process.steps[0]
        == ProcessStep(
          id: "first-contact", title: "Call accounts payable", actions: [.call, .email],
          within: ProcessDeadline(days: 2, of: .caseStart), language: .customer, weight: 2,
          section: "first-contact",
          line: 31))
    #expect(
      process.steps[1]
        == ProcessStep(
          id: "dun", title: "Send the first letter", actions: [.sendDunning], kind: .optional,
          after: ["first-contact"],
          when: [.overdue, .customerLanguage(.es), .customerCountry("ES")], unless: [.promiseOpen],
          notBefore: ProcessDeadline(days: 0, of: .step("first-contact")), requires: ["invoices"],
          expect: ["level": "1"], section: "disputes", line: 38))
    #expect(process.steps[2].within?.of == .disputeOverdue)
    #expect(document.processIsValid)
  }

  @Test func defaultsApplyWhenSettingsAreAbsent() throws {
    let (document, _) = SOPFixtures.parse(
      Self.sop("steps:\n  - id: a\n    title: A\n    action: call\n    section: disputes\n"))
    let process = try #require(document.process)
    #expect(process.settings == ProcessSettings(promiseToleranceDays: 2, dunningMinGapDays: 6))
    #expect(process.steps[0].kind == .required)
    #expect(process.steps[0].weight == 1)
  }

  @Test func unknownActionWithSuggestion() {
    #expect(
      Self.findings("steps:\n  - id: a\n    title: A\n    action: log_dispte\n    section: disputes\n") == [
        "sops/test.md:29:13: error: unknown action 'log_dispte'; did you mean 'log_dispute'? [process]"
      ])
  }

  @Test func cycleInAfter() {
    let yaml = """
      steps:
        - id: a
          title: A
          action: call
          after: c
          section: disputes
        - id: b
          title: B
          action: call
          after: a
          section: disputes
        - id: c
          title: C
          action: call
          after: b
          section: disputes

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:27:1: error: steps wait for each other in a loop: a -> c -> b -> a; remove one 'after' [process]"
      ])
  }

  @Test func missingSection() {
    let findings = Self.findings("steps:\n  - id: a\n    title: A\n    action: call\n    section: dispute\n")
    #expect(
      findings == [
        "sops/test.md:30:14: error: section 'dispute' is not a heading anchor of this SOP; did you mean 'disputes'? [process]"
      ])
  }

  @Test func badReferences() {
    let yaml = """
      steps:
        - id: a
          title: A
          action: call
          after: [b, a]
          within: {days: 1, of: step:missing}
          section: disputes

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:30:13: error: no step 'b' in this process; did you mean 'a'? [process]",
        "sops/test.md:30:16: error: step 'a' refers to itself; remove the reference [process]",
        "sops/test.md:31:27: error: no step 'missing' in this process; check the step id [process]",
      ])
  }

  @Test func missingKeysAndDuplicateIDs() {
    let yaml = """
      steps:
        - id: a
          title: A
          action: call
          section: disputes
        - id: a
          title: Again
          action: email
          section: disputes
        - title: No id
          action: call

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:31:1: error: step id 'a' is already used on line 27; give each step its own id [process]",
        "sops/test.md:35:5: error: step without id is missing 'id' [process]",
        "sops/test.md:35:5: error: step without id is missing 'section' [process]",
      ])
  }

  @Test func valueChecks() {
    let yaml = """
      pass_mark: 120
      steps:
        - id: Bad_ID
          title: A
          action: call
          section: disputes
        - id: b
          title: B
          action: send_dunning
          kind: banned
          weight: 11
          within: {days: -1, of: case_start}
          not_before: {days: 1, of: dispute_happened}
          when: dispute_opened
          language: spanish
          section: disputes

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:26:12: error: 'pass_mark' is 120; use a number from 0 to 100 [process]",
        "sops/test.md:28:9: error: step id 'Bad_ID' is not valid; use lower-case letters, digits and '-' [process]",
        "sops/test.md:35:11: error: unknown kind 'banned'; use required, optional or forbidden [process]",
        "sops/test.md:36:13: error: 'weight' is 11; use a number from 1 to 10 [process]",
        "sops/test.md:37:20: error: 'within' has days: -1; days count forward from the event, use 0 or more [process]",
        "sops/test.md:38:31: error: unknown event 'dispute_happened'; did you mean 'dispute_raised'? [process]",
        "sops/test.md:39:11: error: unknown condition 'dispute_opened'; did you mean 'dispute_open'? [process]",
        "sops/test.md:40:15: error: language 'spanish' is not supported; use 'language: customer' or leave it out [process]",
      ])
  }

  @Test func forbiddenStepsHaveNoDeadline() {
    let yaml = """
      steps:
        - id: no-dunning
          title: Never dun a disputed item
          action: send_dunning
          kind: forbidden
          when: invoice_disputed
          within: {days: 1, of: case_start}
          section: disputes

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:27:5: error: forbidden step 'no-dunning' has a 'within' deadline; a forbidden action has no "
          + "deadline, remove it [process]"
      ])
  }

  @Test func parametersAndLanguageMustFitTheActions() {
    let yaml = """
      steps:
        - id: a
          title: A
          action: [call, review_account]
          requires: [contact]
          section: disputes
        - id: b
          title: B
          action: reconcile
          language: customer
          expect: {level: 2}
          section: disputes

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:27:5: error: parameter 'contact' is not taken by every action of the step (call, review_account) "
          + "[process]",
        "sops/test.md:32:5: error: step 'b' has 'language: customer' but none of its actions is taken in a language "
          + "[process]",
        "sops/test.md:32:5: error: parameter 'level' is not taken by every action of the step (reconcile) [process]",
      ])
  }

  @Test func unknownKeysAndWrongShapes() {
    let yaml = """
      steps_list: []
      steps:
        - id: a
          title: A
          action: send_dunning
          forbidden_when: invoice_disputed
          within: 2 days
          section: disputes

      """
    #expect(
      Self.findings(yaml) == [
        "sops/test.md:26:1: error: unknown process key 'steps_list'; see docs/sop-format.md [process]",
        "sops/test.md:31:5: error: unknown process key 'forbidden_when'; see docs/sop-format.md [process]",
        "sops/test.md:32:13: error: 'within' must be {days: N, of: EVENT} [process]",
      ])
  }

  @Test func missingOrEmptySteps() {
    #expect(
      Self.findings("pass_mark: 80\n") == [
        "sops/test.md:25:1: error: process block has no 'steps'; add 'steps:' with at least one step [process]"
      ])
    #expect(
      Self.findings("steps: []\n") == [
        "sops/test.md:26:8: error: process block has an empty 'steps' list; add at least one step [process]"
      ])
  }

  @Test func yamlErrorsInTheBlockPointIntoTheFile() {
    let findings = Self.findings("steps:\n  - id: a\n   title: bad indent\n")
    #expect(
      findings == [
        "sops/test.md:28:4: error: process block is not valid YAML: did not find expected '-' indicator while "
          + "parsing a block collection [process]"
      ])
  }

  @Test func oneProcessBlockPerSOP() {
    let block = "steps:\n  - id: a\n    title: A\n    action: call\n    section: disputes\n"
    let text = Self.sop(block) + "\n```process\n" + block + "```\n"
    #expect(
      SOPFixtures.findings(text).contains(
        "sops/test.md:49:1: error: second process block (the first is on line 25); an SOP has one process, merge the "
          + "steps [process]"))
  }

  @Test func disputeOverdueNeedsTheSetting() {
    let yaml =
      "steps:\n  - id: a\n    title: A\n    action: escalate\n    when: dispute_overdue\n    section: disputes\n"
    let (document, findings) = SOPFixtures.parse(Self.sop(yaml))
    #expect(
      findings.map(\.formatted) == [
        "sops/test.md:30:11: warning: 'dispute_overdue' never happens without 'escalate_disputes_after_days'; set it "
          + "at the top of the block [process]"
      ])
    #expect(document.processIsValid)
  }

  @Test func vocabularyRoundTrips() {
    for event in ProcessEvent.named + [.step("review")] {
      #expect(ProcessEvent(rawValue: event.rawValue) == event)
    }
    for condition in ProcessCondition.named + [.customerLanguage(.en), .customerCountry("PT")] {
      #expect(ProcessCondition(rawValue: condition.rawValue) == condition)
    }
    #expect(ProcessCondition(rawValue: "customer_country:es") == nil)
    #expect(ProcessCondition(rawValue: "customer_language:fr") == nil)
    #expect(ProcessEvent(rawValue: "step:Bad") == nil)
    #expect(ProcessAction.allCases.count == 20)
  }
}
