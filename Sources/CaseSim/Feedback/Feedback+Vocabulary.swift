import CivilCalendar
import SOPKit

/// The process vocabulary (actions, events, conditions, parameters) in words a trainee reads:
/// `send_dunning` is "send a dunning letter", never the YAML spelling.
extension Feedback {
  /// `send a dunning letter`: the action as the SOP asks for it (imperative in English,
  /// infinitive in Spanish), lower case.
  func ask(_ action: ProcessAction) -> String { self("action.\(action.rawValue).ask") }

  /// `you sent a dunning letter`: the action as the trainee took it, lower case.
  func did(_ action: ProcessAction) -> String { self("action.\(action.rawValue).did") }

  /// `called the customer`: a done action as the case transcript notes it after its speaker
  /// (`You: called the customer`), in the register of the page rather than the trainer's.
  func done(_ action: ProcessAction) -> String { self("action.\(action.rawValue).done") }

  /// `the customer raising a dispute`: what a deadline counts from. `title` names the step of
  /// a `step:ID` event.
  public func event(_ event: ProcessEvent, stepTitle: (String) -> String = { $0 }) -> String {
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
  public func value(_ value: String) -> String {
    optional("value.\(value)") ?? value.replacingOccurrences(of: "_", with: " ")
  }

  /// `Spanish`: a language code's name.
  public func languageName(_ code: String) -> String { optional("language.\(code)") ?? code }

  /// `Reason code`: an action field's label, as a form or a transcript line shows it.
  public func field(_ name: String) -> String { optional("field.\(name)") ?? name }

  /// `short shipment`: a dispute reason code's name.
  public func reason(_ code: String) -> String { optional("reason.\(code)") ?? value(code) }

  /// `the overdue invoices`: an invoice selector's name (`docs/actions-format.md#selectors`).
  public func invoiceSelector(_ name: String) -> String { optional("selector.\(name)") ?? name }

  /// `the credit balance`: an amount selector's name (`share:F` as `share`).
  public func amountSelector(_ name: String) -> String {
    optional("amount_selector.\(name.hasPrefix("share:") ? "share" : name)") ?? name
  }

  /// `10/03/2026`: a day as the language writes it (`date.format`).
  public func date(_ day: CivilDate) -> String {
    let iso = day.iso
    return self(
      "date.format",
      ["y": String(iso.prefix(4)), "m": String(iso.dropFirst(5).prefix(2)), "d": String(iso.suffix(2))])
  }

  /// A field's value in words: a contact, resolver or channel by its name, a reason code by
  /// its meaning, a language by its name; anything else (invoice numbers, notes) as given.
  public func word(_ field: String, _ given: String) -> String {
    switch field {
    case "contact", "resolver", "to", "channel": return value(given)
    case "reason_code": return reason(given)
    case "language": return languageName(given)
    case "opening": return optional("opening.\(given)") ?? given
    case "template": return optional("template.\(given)") ?? given
    default: return given
    }
  }

  /// The trainee's own transcript line: `Called the customer (Contact: accounts payable;
  /// Invoices: INV-1, INV-2)`, each field as `word` names it, amounts in `currency` as the
  /// language writes money, dates as it writes days.
  public func line(for action: RecordedAction, currency: String) -> String {
    let fields = action.parameters.sorted { $0.key < $1.key }.map { key, given in
      self("transcript.field", ["field": field(key), "value": words(key, given, currency: currency)])
    }
    let done = self.done(action.action)
    return self(
      "transcript.line",
      [
        "done": done.prefix(1).uppercased() + done.dropFirst(),
        "fields": fields.isEmpty
          ? "" : self("transcript.fields", ["fields": fields.joined(separator: self("transcript.separator"))])
          ,
      ])
  }

  private func words(_ key: String, _ given: String, currency: String) -> String {
    switch key {
    case "invoices": return given.split(separator: ",").joined(separator: ", ")
    case "amount": return Money(decimal: given, currency: currency)?.text(in: self) ?? given
    case "promised_date": return CivilDate(iso: given).map(date) ?? given
    case "instalments":
      let count = Int(given) ?? 0
      return self(count == 1 ? "transcript.instalments.one" : "transcript.instalments.other", ["n": given])
    default: return word(key, given)
    }
  }
}
