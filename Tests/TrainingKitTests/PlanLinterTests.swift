import CaseSim
import Foundation
import SOPKit
import Testing

@testable import TrainingKit

@Suite struct PlanLinterTests {
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static func shippedLinter() -> PlanLinter {
    let sops = SOPLibrary.load([repository.appendingPathComponent("sops").path]).documents.compactMap(\.id)
    var scenarios: [String: [String]] = [:]
    for path in ScenarioLibrary(directory: repository.appendingPathComponent("scenarios").path).paths() {
      if let scenario = try? ScenarioLibrary.load(path: path) { scenarios[scenario.id] = scenario.sops }
    }
    return PlanLinter(knownSOPs: Set(sops), scenarios: scenarios)
  }

  func lint(_ yaml: String, name: String = "p.yaml") -> [String] {
    let linter = PlanLinter(knownSOPs: ["COL-001", "COL-004"], scenarios: ["disputes": ["COL-004"]])
    return linter.lint(SourceFile(path: "plans/\(name)", text: yaml)).findings.map {
      "\($0.line): \($0.message)"
    }
  }

  @Test func shippedPlansAreClean() throws {
    let linter = Self.shippedLinter()
    let paths = PlanCatalog(directory: Self.repository.appendingPathComponent("plans").path).paths()
    #expect(paths.count >= 2)
    for path in paths {
      let (template, findings) = linter.lint(try SourceFile.read(path))
      #expect(findings.map(\.formatted) == [])
      #expect(template != nil)
    }
  }

  @Test func spanishDeskPlanAcknowledgesTranslationsAndPassesSpanishScenarios() throws {
    let catalog = PlanCatalog(directory: Self.repository.appendingPathComponent("plans").path)
    let plan = try catalog.template(id: "associate-es", linter: Self.shippedLinter())
    for translated in [
      "COL-002-ES", "COL-003-ES", "COL-004-ES", "COL-005-ES", "COL-008-ES", "COL-009-ES", "COL-010-ES",
    ] {
      #expect(plan.acknowledgedSOPs.contains(translated))
      #expect(!plan.acknowledgedSOPs.contains(String(translated.dropLast(3))))
    }
    let scenarios = Set(plan.items.compactMap(\.scenarioID))
    #expect(
      scenarios.isSuperset(of: [
        "disputa-calidad-es", "plan-de-pagos-es", "broken-promise-es", "intereses-demora-es", "concurso-es",
        "disputa-rechazada-es", "pago-parcial-intereses-es", "preconcurso-es", "sector-publico-es",
      ]))
    #expect(plan.length == 29)
    #expect(throws: TrainingError.self) { try catalog.template(id: "nope", linter: Self.shippedLinter()) }
  }

  @Test func aTranslationNamesTheSignOffItemsItWords() throws {
    let yaml = """
      id: p
      title: Plan
      items:
        - id: sign-off-final
          sign_off: Team lead reviewed 10 notes
          due: 3
      translations:
        es:
          title: Plan en español
          sign_off:
            sign-off-final: El responsable revisó 10 notas
            sign-off-first: Otra
      """
    let findings = lint(yaml)
    #expect(
      findings == [
        "12: translations.es.sign_off.sign-off-first is not a sign-off item of the plan; its sign-off items are sign-off-final"
      ])
    let template = try #require(PlanReader.read(SourceFile(path: "plans/p.yaml", text: yaml)).template)
    #expect(
      template.translations["es"]
        == PlanText(title: "Plan en español", signOffs: ["sign-off-final": "El responsable revisó 10 notas"]))
  }

  @Test func everyShippedPlanReadsInSpanish() throws {
    let catalog = PlanCatalog(directory: Self.repository.appendingPathComponent("plans").path)
    for path in catalog.paths() {
      let template = try #require(PlanReader.read(try SourceFile.read(path)).template)
      let spanish = try #require(template.translations["es"], "\(path)")
      #expect(
        Set(spanish.signOffs.keys) == Set(template.items.filter { $0.kind == .signOff }.map(\.id)), "\(path)")
    }
  }

  @Test func unknownIdsAreFound() {
    let findings = lint(
      """
      id: p
      title: P
      items:
        - acknowledge: COL-999
          due: 1
        - pass: nowhere
          due: 2
      """)
    #expect(
      findings == [
        "4: SOP COL-999 is not in the library; fix the id or add the SOP",
        "6: scenario 'nowhere' is not in the scenarios folder; fix the id",
      ])
  }

  @Test func badOffsetsAndKeysAreFound() {
    let findings = lint(
      """
      id: p
      title: P
      items:
        - acknowledge: COL-001
          due: -1
        - acknowledge: COL-004
          due: 1
          requires: [late]
        - id: late
          sign_off: Check
          due: 5
          colour: red
        - pass: disputes
          due: 3
          min_score: 120
      """)
    #expect(
      findings == [
        "5: items[0].due must be a whole number from 0 to 260, not '-1'",
        "12: unknown key 'colour' in items[2]; expected one of: id, acknowledge, pass, sign_off, min_score, "
          + "attempts, due, requires",
        "15: items[3].min_score must be a number from 0 to 100, not '120'",
        "6: 'ack-col-004' is due on working day 1 but requires 'late', due later (day 5); move one of the offsets",
      ])
  }

  @Test func cyclesAndDuplicatesAreFound() {
    let findings = lint(
      """
      id: p
      title: P
      items:
        - id: a
          sign_off: A
          due: 1
          requires: [b]
        - id: b
          sign_off: B
          due: 1
          requires: [a]
        - id: b
          sign_off: C
          due: 1
      """)
    #expect(findings.contains("12: item id 'b' is used twice; give one of them another id"))
    #expect(
      findings.contains { $0.hasSuffix("prerequisites form a cycle: a -> b -> a; remove one requires") })
  }

  @Test func idMustMatchTheFileAndGarbageIsReported() {
    #expect(lint("id: q\ntitle: Q\nitems: []\n").first == "1: id 'q' must match the file name (q.yaml)")
    #expect(lint("id: [unclosed\n").first?.contains("not valid YAML") == true)
    #expect(lint("").first == "1: the file is empty; see docs/plan-format.md")
  }
}
