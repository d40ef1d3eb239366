import CaseSim
import CivilCalendar
import Foundation
import SOPKit
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

  /// Why a command was refused, in the UI language and naming the field, for the problems the
  /// simulator states as data; any other error as it words itself.
  func refusal(_ error: Error) -> String {
    switch error {
    case ActionsFile.EntryProblem.instalment: return self("prac_bad_instalment")
    case SimulationError.eventDoesNotCome(let event, let lastDay, let seenOn):
      let name = ProcessEvent(rawValue: event).map { feedback.event($0) } ?? event
      let seen = seenOn.map { format("prac_event_came_on", String($0)) } ?? ""
      return format("prac_bad_event_does_not_come", name, String(lastDay), seen)
    default: break
    }
    guard case SimulationError.badParameter(_, let parameter, let value, let problem) = error else {
      return error.localizedDescription
    }
    let field = feedback.field(parameter)
    switch problem {
    case .notAnInvoice: return format("prac_bad_not_an_invoice", field, value)
    case .amountTooLarge: return format("prac_bad_amount_too_large", field, value, Money.maximumText)
    case .notAnAmount: return format("prac_bad_not_an_amount", field, value)
    case .notADate: return format("prac_bad_not_a_date", field, value, CivilDate.supportedRangeText)
    }
  }

  /// The case's transcript as the workbench and the score page show it: day, date, speaker
  /// and the line in the UI language (`CaseSimulation.line(of:in:)`).
  func transcript(_ simulation: CaseSimulation) -> [[String: Any]] {
    let asOf = simulation.account.asOf
    let words = feedback
    return simulation.entries.map { entry in
      [
        "day": String(entry.day), "date": words.date(asOf.adding(days: entry.day)),
        "speaker": self("prac_speaker_\(entry.speaker)"), "speaker_class": entry.speaker,
        "text": simulation.line(of: entry, in: words), "violation": entry.text.hasPrefix("VIOLATION"),
      ]
    }
  }

  /// A scenario's title, objectives and briefing for this reader: their translation into the
  /// UI language when the scenario has one, else as written, with `text_lang` naming the
  /// language they are in when it is not the UI's (the page marks them with it).
  func words(of scenario: Scenario) -> [String: Any] {
    let words = scenario.text(in: language.rawValue)
    return [
      "title": words.title, "objectives": words.objectives, "briefing": words.briefing,
      "text_lang": lang(words.language),
    ]
  }

  /// A scenario's title for this reader, and the language to mark it with ("" for the UI's).
  func title(of scenario: Scenario) -> (title: String, lang: String) {
    let words = scenario.text(in: language.rawValue)
    return (words.title, lang(words.language))
  }

  /// The `lang` attribute for text in `written`: "" when it is the UI language.
  func lang(_ written: String) -> String { written == language.rawValue ? "" : written }

  /// One label.
  func callAsFunction(_ key: String) -> String { UIText.text(key, language) }

  /// A label with `%@` placeholders filled in order.
  func format(_ key: String, _ values: String...) -> String {
    UIText.filled(UIText.text(key, language), values)
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
  /// What a plan item asks, in the UI language: the SOP to acknowledge, the scenario to pass
  /// by its title in this language, the trainer's sign-off as the plan's translation words it,
  /// and for a retraining item the revision that caused it.
  func describe(_ item: TrainingItem, of assignment: Assignment, scenarios: [String: Scenario]) -> String {
    var text: String
    switch item.kind {
    case .acknowledge: text = format("prac_item_ack", item.sopID ?? "?")
    case .pass:
      let scenario = item.scenarioID.map { id in scenarios[id].map { title(of: $0).title } ?? id } ?? "?"
      text = format(
        "prac_item_pass", scenario, item.minScore.map(Self.score) ?? "?",
        item.attempts.map(String.init) ?? self("prac_any"))
    case .signOff:
      text = format("prac_item_sign_off", assignment.text(of: item, in: language.rawValue)?.text ?? "")
    }
    if let cause = item.retrainingCause {
      text = format(
        "prac_item_retraining", text, format("prac_retraining_cause", cause.revision, cause.sopID))
    }
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
