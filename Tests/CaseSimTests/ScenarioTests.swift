import SOPKit
import Testing

@testable import CaseSim

@Suite struct ScenarioTests {
  static let valid = """
    id: test
    title: Test
    sops: [COL-002]
    difficulty: beginner
    as_of: 2026-03-02
    customer:
      country: ES
    invoices:
      groups:
        - count: 2
          amount: {min: "100.00", max: "900.00"}
          days_overdue: {min: 5, max: 30}
    persona:
      type: forgetful
    objectives: [Call]
    briefing: Call them.
    """

  @Test func loadsAMinimalScenarioWithDefaults() throws {
    let (scenario, findings) = ScenarioFixtures.parse(Self.valid)
    #expect(findings.isEmpty)
    let loaded = try #require(scenario)
    #expect(loaded.difficulty == 1)
    #expect(loaded.caseDays == 30)
    #expect(loaded.passMark == 70)
    #expect(loaded.language == "es")
    #expect(loaded.invoices.groups[0].amount == AmountRange(min: 10_000, max: 90_000))
    #expect(loaded.personas.choices[0].value.answerProbability == 0.85)
  }

  @Test func aScenarioReadsInItsTranslationOrAsWritten() throws {
    let yaml =
      Self.valid.replacingOccurrences(of: "title: Test\n", with: "title: Prueba\nwritten_in: es\n")
      + "\ntranslations:\n  en: {title: Test, objectives: [Call], briefing: Call them.}\n"
    let (scenario, findings) = ScenarioFixtures.parse(
      yaml.replacingOccurrences(
        of: "objectives: [Call]\nbriefing: Call them.", with: "objectives: [Llamar]\nbriefing: Llame.")
    )
    #expect(findings.isEmpty)
    let loaded = try #require(scenario)
    #expect(
      loaded.text(in: "en")
        == ScenarioText(language: "en", title: "Test", objectives: ["Call"], briefing: "Call them."))
    #expect(
      loaded.text(in: "es")
        == ScenarioText(language: "es", title: "Prueba", objectives: ["Llamar"], briefing: "Llame."))
    // A language without a translation reads the original, in its own language.
    #expect(loaded.text(in: "ro").language == "es")
  }

  @Test func aTranslationNeedsEveryObjectiveOnceAndAnotherLanguage() {
    let short =
      Self.valid.replacingOccurrences(of: "objectives: [Call]", with: "objectives: [Call, Confirm]")
      + "\ntranslations:\n  es: {title: Prueba, objectives: [Llamar], briefing: Llame.}\n"
    let (_, findings) = ScenarioFixtures.parse(short)
    let finding = findings.first { $0.rule == "scenario-translation" }
    #expect(finding?.line == 18)
    #expect(finding?.message.contains("translations.es.objectives has 1 entries and objectives 2") == true)
    let same = Self.valid + "\ntranslations:\n  en: {title: Test, objectives: [Call], briefing: Call them.}\n"
    let (_, sameFindings) = ScenarioFixtures.parse(same)
    #expect(sameFindings.contains { $0.message.contains("not the language the scenario is written in (en)") })
  }

  @Test func everyShippedScenarioReadsInEnglishAndSpanish() throws {
    for path in ScenarioLibrary(directory: ScenarioFixtures.directory).paths() {
      let scenario = try ScenarioLibrary.load(path: path)
      #expect(Set(["en", "es"]) == Set([scenario.writtenIn] + scenario.translations.keys), "\(path)")
      #expect(scenario.text(in: "es").language == "es", "\(path)")
      #expect(scenario.text(in: "en").language == "en", "\(path)")
    }
  }

  @Test func reportsAnUnknownKeyAtItsLine() {
    let yaml = Self.valid.replacingOccurrences(
      of: "  type: forgetful", with: "  type: forgetful\n  anwser_probability: 0.5")
    let (_, findings) = ScenarioFixtures.parse(yaml)
    let finding = findings.first { $0.rule == "scenario-unknown-key" }
    #expect(finding?.line == 15)
    #expect(
      finding?.formatted.hasPrefix("test.yaml:15:3: error: unknown key 'persona.anwser_probability'") == true)
  }

  @Test func reportsASwappedRangeAtItsLine() {
    let yaml = Self.valid.replacingOccurrences(
      of: "{min: \"100.00\", max: \"900.00\"}", with: "{min: \"900.00\", max: \"100.00\"}")
    let (scenario, findings) = ScenarioFixtures.parse(yaml)
    #expect(scenario == nil)
    #expect(
      findings.map(\.formatted) == [
        "test.yaml:11:15: error: invoices.groups[1].amount: min 900.00 is greater than max 100.00; swap them [scenario-range]"
      ])
  }

  @Test func reportsAMissingKeyAndBadValues() {
    let yaml = Self.valid.replacingOccurrences(of: "\nbriefing: Call them.", with: "")
      .replacingOccurrences(of: "as_of: 2026-03-02", with: "as_of: 2026-02-30")
      .replacingOccurrences(of: "amount: {min: \"100.00\"", with: "amount: {min: \"-5\"")
    let (_, findings) = ScenarioFixtures.parse(yaml)
    let rules = findings.map { "\($0.line):\($0.rule)" }
    #expect(rules.contains("5:scenario-type"))
    #expect(rules.contains("11:scenario-range"))
    #expect(findings.contains { $0.rule == "scenario-required" && $0.message.contains("'briefing'") })
  }

  @Test func reportsBrokenYAMLWithALine() {
    let (_, findings) = ScenarioFixtures.parse("id: x\ntitle: [unclosed\n")
    #expect(findings.count == 1)
    #expect(findings.first?.rule == "scenario-yaml")
    #expect((findings.first?.line ?? 0) >= 2)
  }

  @Test func linterChecksSOPsSpanishTermsAndEvents() {
    let yaml =
      Self.valid.replacingOccurrences(of: "  groups:", with: "  terms_days: 90\n  groups:")
      + "\nevents:\n  - day: 40\n    type: partial_payment\n    invoice: 3\n"
    let findings = ScenarioLinter(knownSOPs: ["COL-001"]).lint(
      SourceFile(path: "scenarios/test.yaml", text: yaml))
    let rules = Set(findings.map(\.rule))
    #expect(rules == ["scenario-sop", "scenario-terms-es", "scenario-event"])
    let event = findings.filter { $0.rule == "scenario-event" }
    #expect(event.count == 3)  // day outside the case, invoice 3 of 2, no amount or share
    let eventLine = yaml.components(separatedBy: "\n").firstIndex(of: "  - day: 40").map { $0 + 1 }
    #expect(event.allSatisfy { $0.line == eventLine })
  }

  @Test func aCourtOrderAfterItsPublicationIsRefused() {
    let yaml =
      Self.valid
      + "\nevents:\n  - day: 3\n    type: insolvency_declared\n    declared_day: 3\n    published_day: 2\n"
    let findings = ScenarioLinter(knownSOPs: ["COL-001", "COL-002"]).lint(
      SourceFile(path: "scenarios/test.yaml", text: yaml)
    ).filter { $0.rule == "scenario-event" }
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("declared_day must not come after published_day") == true)
  }

  @Test(arguments: ["portfolio", "forgetful-payer", "broken-promise-es", "concurso-es"])
  func shippedScenariosLintClean(_ id: String) throws {
    let file = try SourceFile.read("\(ScenarioFixtures.directory)/\(id).yaml")
    let sops: Set<String> = Set((1...10).map { "COL-" + ($0 < 10 ? "00\($0)" : "0\($0)") })
    #expect(ScenarioLinter(knownSOPs: sops).lint(file).isEmpty)
  }
}
