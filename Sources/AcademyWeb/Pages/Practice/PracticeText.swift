import CaseSim
import Foundation
import TrainingKit

/// Wording the practice pages share: labels in the user's language, scores, states.
struct PracticeText {
  let language: UILanguage

  init(_ context: WebContext) {
    language = context.language
  }

  /// The scoring feedback in the UI language (English when no catalogue ships for it).
  var feedback: Feedback { Feedback.orEnglish(language.rawValue) }

  /// An amount as the UI language writes it (`EUR 12,250.92`, `12.250,92 €`), as the score
  /// page's feedback does.
  func money(_ amount: Money) -> String { amount.text(in: feedback) }

  /// One label.
  func callAsFunction(_ key: String) -> String { UIText.text(key, language) }

  /// A label with `%@` placeholders filled in order.
  func format(_ key: String, _ values: String...) -> String {
    var text = UIText.text(key, language)
    for value in values {
      guard let range = text.range(of: "%@") else { break }
      text.replaceSubrange(range, with: value)
    }
    return text
  }

  /// A 0-100 score without needless decimals.
  static func score(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
  }

  /// The UTC day and minute of a stored timestamp (`2026-03-02T09:00:00.000Z`).
  static func moment(_ timestamp: String) -> String {
    let day = timestamp.prefix(10)
    let time = timestamp.dropFirst(11).prefix(5)
    return time.isEmpty ? String(day) : "\(day) \(time) UTC"
  }

  /// What a plan item asks, in words.
  func describe(_ item: TrainingItem) -> String {
    var text: String
    switch item.kind {
    case .acknowledge: text = format("prac_item_ack", item.sopID ?? "?")
    case .pass:
      text = format(
        "prac_item_pass", item.scenarioID ?? "?", item.minScore.map(Self.score) ?? "?",
        item.attempts.map(String.init) ?? self("prac_any"))
    case .signOff: text = format("prac_item_sign_off", item.text ?? "")
    }
    if item.origin == .retraining { text = format("prac_item_retraining", text, item.text ?? "") }
    return text
  }

  /// State of a plan item: label key and badge class.
  func state(_ progress: ItemProgress) -> (text: String, badge: String) {
    switch progress.state {
    case .done:
      return (format("prac_state_done", progress.completedOn?.iso ?? ""), "good")
    case .blocked:
      return (format("prac_state_blocked", progress.waitingFor.joined(separator: ", ")), "")
    case .exhausted:
      return (self("prac_state_exhausted"), "bad")
    case .open:
      return progress.overdue ? (self("prac_state_overdue"), "bad") : (self("prac_state_due"), "warn")
    }
  }

  /// A risk level in words with its badge class.
  func level(_ level: RiskLevel) -> (text: String, badge: String) {
    switch level {
    case .onTrack: return (self("prac_level_on_track"), "good")
    case .atRisk: return (self("prac_level_at_risk"), "warn")
    case .late: return (self("prac_level_late"), "bad")
    }
  }
}
