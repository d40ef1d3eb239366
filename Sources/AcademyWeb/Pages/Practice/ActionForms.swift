import CaseSim
import SOPKit

/// The workbench's forms for the whole action vocabulary: one form per action, one field per
/// parameter the action takes (`ProcessAction.parameters`, plus `opening` on calls and
/// emails), with choices drawn from the account and defaults a collector would start from.
struct ActionForms {
  let simulation: CaseSimulation
  let text: PracticeText

  /// Email templates the shipped SOPs name, offered as suggestions (any name is accepted).
  static let templates = [
    "promise_confirmation", "dispute_confirmation", "dispute_outcome", "plan_confirmation",
    "credit_allocate_or_refund", "statement_and_credit", "interest_calculation", "copy",
  ]
  static let resolvers = ["sales", "logistics", "quality", "billing", "order_admin", "cash_application"]
  static let escalations = ["team_lead", "resolver_manager", "credit_manager"]
  /// Invoices preselected per action (selectors from `docs/actions-format.md`).
  static let defaultInvoices: [ProcessAction: String] = [
    .call: "overdue", .email: "overdue", .sendDunning: "overdue", .stopDunning: "disputed",
    .logDispute: "disputed", .routeDispute: "disputed", .recordPromise: "offered", .allocateCredit: "oldest",
    .claimLateInterest: "overdue", .shiftToLegal: "overdue", .requestWriteOff: "overdue",
    .writeOff: "overdue",
  ]

  /// Amounts prefilled per action.
  static let defaultAmounts: [ProcessAction: String] = [
    .logDispute: "disputed", .recordPromise: "offered", .allocateCredit: "credit", .refund: "credit",
    .claimLateInterest: "interest_due", .requestWriteOff: "open", .writeOff: "open",
    .fileInsolvencyClaim: "open",
  ]

  /// Parameters the web form reads for `action`.
  static func fields(of action: ProcessAction) -> [String] {
    action.parameters + (action == .call || action == .email ? CaseAction.simulatorParameters : [])
  }

  /// Every action's form, in vocabulary order.
  var forms: [[String: Any]] {
    ProcessAction.allCases.map { action in
      [
        "action": action.rawValue, "label": text("prac_action_\(action.rawValue)"),
        "fields": Self.fields(of: action).map { field(for: $0, of: action) },
      ]
    }
  }

  private func field(for name: String, of action: ProcessAction) -> [String: Any] {
    let id = "f-\(action.rawValue)-\(name)"
    let words = text.feedback
    var field: [String: Any] = ["name": name, "id": id, "label": words.field(name)]
    let customer = simulation.account.customer
    switch name {
    case "contact":
      let roles = customer.contacts.map(\.role)
      let preferred = roles.contains("accounts_payable") ? "accounts_payable" : roles.first ?? ""
      field["options"] = options(roles.map { ($0, words.value($0)) }, selected: [preferred])
    case "language":
      var languages = [customer.language]
      for other in ["en", "es"] where !languages.contains(other) { languages.append(other) }
      field["options"] = options(
        languages.map { ($0, words.languageName($0)) }, selected: [customer.language])
    case "invoices":
      let selectors = CaseSimulation.invoiceSelectors.map { ($0, words.invoiceSelector($0)) }
      let numbers = simulation.account.invoices.map { ($0.number, $0.number) }
      field["options"] = options(
        selectors + numbers, selected: Self.defaultInvoices[action].map { [$0] } ?? [])
      field["multiple"] = true
      field["help"] = text("prac_param_invoices_help")
    case "level":
      field["options"] = options(["1", "2", "3"].map { ($0, $0) }, selected: ["1"])
    case "channel":
      field["options"] = options(["letter", "email"].map { ($0, words.value($0)) }, selected: ["letter"])
    case "reason_code":
      field["options"] = choose(DisputeReason.allCases.map { ($0.rawValue, words.reason($0.rawValue)) })
      field["required"] = true
    case "resolver":
      field["options"] = choose(Self.resolvers.map { ($0, words.value($0)) })
      field["required"] = true
    case "to":
      field["options"] = choose(Self.escalations.map { ($0, words.value($0)) })
      field["required"] = true
    case "opening":
      field["options"] =
        [["value": "", "label": text("prac_opening_unsaid"), "selected": true]]
        + options(["problems", "payment"].map { ($0, words.word("opening", $0)) }, selected: [])
    case "amount":
      field["value"] = Self.defaultAmounts[action] ?? ""
      field["list"] = "amount-selectors"
      field["help"] = text("prac_param_amount_help")
    case "promised_date":
      field["value"] = "offered"
      field["help"] = text("prac_param_promised_date_help")
    case "instalments":
      field["value"] = "+7:share:0.5,+21:share:0.5"
      field["help"] = text("prac_param_instalments_help")
    case "template":
      field["list"] = "email-templates"
    default:
      field["value"] = ""
    }
    field["is_select"] = field["options"] != nil
    return field
  }

  private func options(_ pairs: [(String, String)], selected: [String]) -> [[String: Any]] {
    pairs.map { ["value": $0.0, "label": $0.1, "selected": selected.contains($0.0)] }
  }

  private func choose(_ pairs: [(String, String)]) -> [[String: Any]] {
    [["value": "", "label": text("prac_choose"), "selected": true]] + options(pairs, selected: [])
  }

  /// The clock's events to wait for, each named as the UI language says it.
  var events: [[String: String]] {
    CaseCommandLine.waitableEvents.filter { $0 != .caseStart }.map {
      ["value": $0.rawValue, "label": text.feedback.event($0)]
    }
  }

  /// The email templates the SOPs name, as suggestions with their names in words.
  var templates: [[String: String]] {
    Self.templates.map { ["value": $0, "label": text.feedback.word("template", $0)] }
  }

  /// The amount selectors, as suggestions with what each resolves to.
  var amountSelectors: [[String: String]] {
    CaseSimulation.amountSelectors.map {
      let typed = $0 == "share:F" ? "share:0.5" : $0
      return ["value": typed, "label": text.feedback.amountSelector($0)]
    }
  }

  /// Reads a posted action form into text fields for `CaseCommandLine.action`.
  static func posted(_ form: FormData, action: ProcessAction) -> [String: String] {
    var fields: [String: String] = [:]
    for name in Self.fields(of: action) {
      if name == "invoices" {
        let chosen = form.values("invoices").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
          !$0.isEmpty
        }
        if !chosen.isEmpty { fields[name] = chosen.joined(separator: ",") }
      } else if let value = form[name] {
        fields[name] = value
      }
    }
    return fields
  }
}
