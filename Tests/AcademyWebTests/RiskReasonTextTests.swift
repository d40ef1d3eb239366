import Testing
import TrainingKit

@testable import AcademyWeb

/// A risk reason reaches a Spanish manager in Spanish, worded from its figures, and every rule
/// the risk rules emit has a template whose placeholders match its figures.
@Suite struct RiskReasonTextTests {
  static let reasons = [
    RiskReason(
      rule: "overdue", level: .late, message: "#18 Pass concurso-es was due 2026-12-01",
      arguments: ["18", "Pass concurso-es", "2026-12-01"]),
    RiskReason(
      rule: "forecast-after-due", level: .atRisk, message: "",
      arguments: ["2027-01-15", "2026-12-31", "0.40"]),
    RiskReason(rule: "low-scores", level: .atRisk, message: "", arguments: ["3", "42", "70"]),
    RiskReason(rule: "falling-scores", level: .atRisk, message: "", arguments: ["90 -> 70 -> 55"]),
    RiskReason(
      rule: "attempts-used-up", level: .atRisk, message: "", arguments: ["7", "concurso-es", "3", "48"]),
    RiskReason(rule: "raised", level: .atRisk, message: "", arguments: ["9", "Acknowledge COL-004", "Sick"]),
    RiskReason(
      rule: "raised", level: .atRisk, message: "",
      arguments: ["9", "Acknowledge COL-004", "Sick", "2026-12-10"]),
  ]

  @Test func everyRuleIsWordedInBothLanguages() {
    for reason in Self.reasons {
      for language in [UILanguage.en, .es] {
        let text = UIText.riskReason(reason, language)
        #expect(!text.isEmpty && !text.contains("%@") && !text.hasPrefix("risk_reason_"), "\(reason.rule)")
        #expect(reason.arguments.allSatisfy { text.contains($0) }, "\(text)")
      }
    }
  }

  @Test func aSpanishManagerReadsTheReasonInSpanish() {
    #expect(UIText.riskReason(Self.reasons[0], .es) == "#18 Pass concurso-es vencía el 2026-12-01")
    #expect(
      UIText.riskReason(Self.reasons[6], .es)
        == "riesgo comunicado en #9 Acknowledge COL-004: Sick; se compromete al 2026-12-10")
  }

  @Test func aReasonWithoutFiguresFallsBackToItsMessage() {
    let reason = RiskReason(rule: "overdue", level: .late, message: "#1 x was due 2026-01-01")
    #expect(UIText.riskReason(reason, .es) == "#1 x was due 2026-01-01")
  }
}
