import SOPKit

/// The process vocabulary (actions, events, conditions, parameters) in words a trainee reads:
/// `send_dunning` is "send a dunning letter", never the YAML spelling.
extension Feedback {
  /// `send a dunning letter`: the action as the SOP asks for it (imperative in English,
  /// infinitive in Spanish), lower case.
  func ask(_ action: ProcessAction) -> String { self("action.\(action.rawValue).ask") }

  /// `you sent a dunning letter`: the action as the trainee took it, lower case.
  func did(_ action: ProcessAction) -> String { self("action.\(action.rawValue).did") }

  /// `the customer raising a dispute`: what a deadline counts from. `title` names the step of
  /// a `step:ID` event.
  func event(_ event: ProcessEvent, stepTitle: (String) -> String) -> String {
    if case .step(let id) = event { return self("event.step", ["step": stepTitle(id)]) }
    return self("event.\(event.rawValue)")
  }

  /// `the invoice is under dispute`.
  func condition(_ condition: ProcessCondition) -> String {
    switch condition {
    case .customerLanguage(let language):
      return self("condition.customer_language", ["language": languageName(language.rawValue)])
    case .customerCountry(let code):
      return self("condition.customer_country", ["country": optional("country.\(code)") ?? code])
    default:
      return self("condition.\(condition.rawValue)")
    }
  }

  /// `reason code`: an action parameter's name.
  func parameter(_ key: String) -> String {
    optional("parameter.\(key)") ?? key.replacingOccurrences(of: "_", with: " ")
  }

  /// `accounts payable`: a parameter value's name, else the value with spaces for underscores.
  func value(_ value: String) -> String {
    optional("value.\(value)") ?? value.replacingOccurrences(of: "_", with: " ")
  }

  /// `Spanish`: a language code's name.
  func languageName(_ code: String) -> String { optional("language.\(code)") ?? code }
}
