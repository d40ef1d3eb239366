import Foundation
import SOPKit
import Testing

@testable import CaseSim

@Suite struct FeedbackTests {
  /// Every key the code builds, so English (the fallback) has them all.
  static var keysTheCodeAsks: [String] {
    var keys: [String] = []
    for action in ProcessAction.allCases {
      keys += ["action.\(action.rawValue).ask", "action.\(action.rawValue).did"]
    }
    keys += ProcessEvent.named.map { "event.\($0.rawValue)" } + ["event.step"]
    keys += ProcessCondition.named.map { "condition.\($0.rawValue)" }
    keys += ["condition.customer_language", "condition.customer_country"]
    keys += StepStatus.allCases.map { "status.\($0.rawValue)" }
    keys += CaseViolation.allCases.map { "violation.\($0.rawValue)" } + ["violation.line"]
    for action in ProcessAction.allCases {
      keys += action.parameters.map { "parameter.\($0)" }
    }
    keys += ValueRule.Amount.allCases.map { "figure.\($0.rawValue)" }
    keys += ValueRule.Invoices.allCases.map { "invoice_set.\($0.rawValue)" }
    keys += ValueRule.Date.allCases.map { "date_figure.\($0.rawValue)" }
    return keys
  }

  @Test func everyShippedLanguageHasEveryEnglishKey() throws {
    #expect(Feedback.loadProblems.isEmpty, "\(Feedback.loadProblems)")
    let byLanguage = Feedback.keysByLanguage
    #expect(Set(byLanguage.keys).isSuperset(of: ["en", "es"]))
    let english = try #require(byLanguage["en"])
    for (language, keys) in byLanguage {
      let missing = english.subtracting(keys).sorted()
      #expect(missing.isEmpty, "\(language).yaml lacks \(missing)")
      let extra = keys.subtracting(english).sorted()
      #expect(extra.isEmpty, "\(language).yaml has keys English does not: \(extra)")
    }
  }

  @Test func englishNamesEveryActionEventConditionAndStatus() throws {
    let english = try #require(Feedback.keysByLanguage["en"])
    let missing = Self.keysTheCodeAsks.filter { !english.contains($0) }
    #expect(missing.isEmpty, "en.yaml lacks \(missing)")
  }

  @Test func aMissingKeyFallsBackToEnglish() throws {
    let spanish = try #require(Feedback.named("es-ES"))
    #expect(spanish.language == "es")
    let partial = Feedback(
      language: "xx", entries: ["status.done": "fait"].merging(Feedback.english.entries) { mine, _ in mine })
    #expect(partial("status.done") == "fait")
    #expect(partial("status.missed") == "missed")
    #expect(Feedback.named("fr") == nil)
    #expect(Feedback.orEnglish("fr").language == "en")
  }

  @Test func aCatalogueThatIsNotAMapIsRefusedWithItsName() {
    #expect(
      throws: FeedbackError.unreadable(
        source: "feedback/xx.yaml", detail: "'a.b' must be a text or a map of texts")
    ) {
      try Feedback.parse("a:\n  b: [1, 2]\n", source: "feedback/xx.yaml")
    }
  }

  @Test func moneyIsWrittenTheWayEachLanguageWritesIt() throws {
    let spanish = try #require(Feedback.named("es"))
    let amount = Money(minorUnits: 119_426)
    #expect(amount.text(in: spanish) == "1.194,26 €")
    #expect(amount.text(in: .english) == "EUR 1,194.26")
    #expect(Money(minorUnits: -1_234_567_805).text(in: spanish) == "-12.345.678,05 €")
    #expect(Money(minorUnits: 5).text(in: .english) == "EUR 0.05")
  }

  /// No trainee-facing line of any shipped attempt's report shows the process vocabulary
  /// (snake_case), a placeholder or a catalogue key, in any language.
  @Test func noProcessVocabularyReachesATrainee() throws {
    let vocabulary = try NSRegularExpression(
      pattern:
        "[a-z]+_[a-z_]+|\\{[a-z_]+\\}|\\b(expect|happened|flaw|order|report|outcome|figure|invoice_set|date_figure)\\.[a-z]"
    )
    for path in CaseFixtures.actionsFiles() {
      let file = try ActionsFile.load(path: path)
      let report = try CaseFixtures.attempt(try #require(file.scenario)).score(
        seed: file.seed ?? 1, commands: file.commands)
      for language in Feedback.languages {
        let text = report.text(transcript: false, in: try #require(Feedback.named(language)))
        let range = NSRange(text.startIndex..., in: text)
        let hits = vocabulary.matches(in: text, range: range).compactMap { Range($0.range, in: text) }.map {
          String(text[$0])
        }
        #expect(hits.isEmpty, "\(path) in \(language): \(hits)")
      }
    }
  }
}
