import Foundation
import SOPKit

/// What happened on a step when the status's standard wording does not say it. Kept as data
/// while judging and worded only when someone reads it: most verdicts are never displayed
/// (a report shows its findings; the workbench only needs the statuses), and building the
/// sentences cost more than judging the steps. The cases with strings or lists are boxed
/// (`indirect`), so a result stays small where steps were done as asked.
enum StepDetail: Sendable, Hashable {
  /// A forbidden action was taken on `day` while forbidden.
  case forbiddenAction(ProcessAction, day: Int)
  /// A forbidden step's situation arose and the action was not taken.
  case resisted
  /// A forbidden step's situation never arose.
  case didNotArise
  /// The event a required step's deadline counts from did not happen.
  case anchorMissing
  /// The step's conditions never held.
  case neverHeld
  /// An action of the step was taken on `day` but not as the SOP asks.
  indirect case flawed(ProcessAction, day: Int, ActionFlaw)
  /// An optional step was not done.
  case notDone
  /// The deadline lies after the case's last day.
  case notYetDue
  /// The step's conditions lapsed before its deadline.
  case stoppedApplying
  /// Not done by `day`.
  case notDoneBy(day: Int)
  /// Done on `day`, after `deadline`, perhaps also out of order.
  indirect case late(day: Int, deadline: Int, alsoOutOfOrder: [OrderFlaw])
  /// Done on `day` too early or before a step it must follow.
  indirect case outOfOrder(day: Int, [OrderFlaw])

  /// What went wrong with an action that names the step.
  enum ActionFlaw: Sendable, Hashable {
    /// `expect` asked for `expected` under `key`; the action had `had`.
    case value(key: String, had: String?, expected: String)
    /// A `requires` parameter was empty or absent.
    case missing(key: String)
    /// The action's `language` parameter was not the customer's language.
    case language(had: String?, customer: String)
    /// The amount missed a value rule's figure.
    case amount(ValueFinding)
    /// The action left out invoices of a set it must cover: it named `named`, the set has `due`.
    case invoicesMissing(ValueRule.Invoices, named: Int, due: Int, missing: [String])
    /// A date (the promised date, or the day of the action) after its limit (case days).
    case dateAfter(ValueRule.Subject, given: Int, limit: Int, ValueRule.Date)
    /// A payment plan outside the process's limits.
    case plan(PlanFlaw)
  }

  /// An amount against the figure a value rule names.
  struct ValueFinding: Sendable, Hashable {
    /// The figure.
    var figure: ValueRule.Amount
    /// `covers` (at least) rather than `equals`.
    var covers: Bool
    /// The action's amount; nil when it gave none.
    var given: Money?
    /// The figure's value when the action was taken.
    var due: Money
    /// Invoices the action named.
    var named: Int
    /// Invoices the figure is made of, when it is a sum over a set.
    var dueInvoices: Int?
    /// Invoices of that set the action left out.
    var missing: [String]
  }

  /// How a payment plan breaks the process's `plan_*` limits.
  enum PlanFlaw: Sendable, Hashable {
    /// The first instalment is below `percent` of the plan total.
    case firstTooSmall(given: Money, total: Money, percent: Int)
    /// The first instalment falls due on `day`, after `limit` (`days` after the action).
    case firstTooLate(day: Int, limit: Int, days: Int)
    /// The last instalment falls due on `day`, after `limit` (`months` after the action).
    case lastTooLate(day: Int, limit: Int, months: Int)
  }

  /// Why a step done was out of order.
  enum OrderFlaw: Sendable, Hashable {
    /// Before `day`, the earliest moment: `days` after `event`.
    case beforeEarliest(day: Int, days: Int, event: ProcessEvent)
    /// Before step `id`, which it must follow.
    case beforeStep(String)
  }

  /// The sentence the report shows.
  var text: String {
    switch self {
    case .forbiddenAction(let action, let day): "\(action.rawValue) on day \(day) while forbidden"
    case .resisted: "not done while forbidden"
    case .didNotArise: "the situation did not arise"
    case .anchorMissing: "the event its deadline counts from did not happen"
    case .neverHeld: "its conditions never held"
    case .flawed(let action, let day, let flaw): "\(action.rawValue) on day \(day) \(flaw.text)"
    case .notDone: "not done"
    case .notYetDue: "not yet due when the case ended"
    case .stoppedApplying: "it stopped applying before it fell due"
    case .notDoneBy(let day): "not done by day \(day)"
    case .late(let day, let deadline, let order):
      "done on day \(day), \(day - deadline) day(s) after the deadline (day \(deadline))"
        + (order.isEmpty ? "" : "; also " + order.map(\.text).joined(separator: ", "))
    case .outOfOrder(let day, let order): "done on day \(day) " + order.map(\.text).joined(separator: ", ")
    }
  }
}

extension StepDetail.ActionFlaw {
  /// `had amount=10, expected amount=12`, `was missing reason`...
  var text: String {
    switch self {
    case .value(let key, let had, let expected): "had \(key)=\(had ?? "(none)"), expected \(key)=\(expected)"
    case .missing(let key): "was missing \(key)"
    case .language(let had, let customer): "was in \(had ?? "(no language)"), not the customer's \(customer)"
    case .amount(let finding): finding.text
    case .invoicesMissing(let set, let named, let due, let missing):
      "named \(StepDetail.invoices(named)); \(set.text) are \(due): \(missing.joined(separator: ", ")) missing"
    case .dateAfter(let subject, let given, let limit, let date):
      "\(subject == .promisedDate ? "promised for" : "taken on") day \(given), after \(date.text) (day \(limit))"
    case .plan(let flaw): flaw.text
    }
  }
}

extension StepDetail.ValueFinding {
  /// `gave EUR 1,194.26 on 2 invoices; due EUR 1,525.82 on 3 (...): F2025-050243 missing`.
  var text: String {
    let gave =
      given.map { "gave \(StepDetail.money($0))" + (named > 0 ? " on \(StepDetail.invoices(named))" : "") }
      ?? "gave no amount"
    var due = (covers ? "at least " : "") + StepDetail.money(self.due)
    if let count = dueInvoices { due += " on \(count)" }
    let missingText = missing.isEmpty ? "" : ": " + missing.joined(separator: ", ") + " missing"
    return "\(gave); due \(due) (\(figure.text))\(missingText)"
  }
}

extension StepDetail.PlanFlaw {
  /// `first instalment EUR 500.00 is under 25% of the plan total EUR 4,000.00`...
  var text: String {
    switch self {
    case .firstTooSmall(let given, let total, let percent):
      "had a first instalment of \(StepDetail.money(given)), under \(percent)% of the plan total \(StepDetail.money(total))"
    case .firstTooLate(let day, let limit, let days):
      "had its first instalment on day \(day), more than \(days) days after the offer (day \(limit))"
    case .lastTooLate(let day, let limit, let months):
      "had its last instalment on day \(day), more than \(months) months after the offer (day \(limit))"
    }
  }
}

extension StepDetail {
  /// `EUR 1,194.26`: thousands grouped, as a team lead writes an amount.
  static func money(_ amount: Money) -> String {
    let digits = String(amount.minorUnits.magnitude)
    let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    let units = Array(padded.dropLast(2))
    var grouped = ""
    for (offset, digit) in units.enumerated() {
      if offset > 0, (units.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return "\(amount.currency) \(amount.minorUnits < 0 ? "-" : "")\(grouped).\(padded.suffix(2))"
  }

  /// `1 invoice`, `3 invoices`.
  static func invoices(_ count: Int) -> String { count == 1 ? "1 invoice" : "\(count) invoices" }

  /// A value rule in words, for the step's expectation (`StepWording.expectation`).
  static func expectation(of rule: ValueRule) -> String {
    switch rule.test {
    case .equals(let figure, let tolerance):
      "\(rule.subject.text) equal to \(figure.text)"
        + (tolerance > 1 ? " (within \(tolerance / 100).\(String(format: "%02d", tolerance % 100)))" : "")
    case .covers(let figure, _): "\(rule.subject.text) covering \(figure.text)"
    case .cover(let set): "\(rule.subject.text) covering \(set.text)"
    case .noLaterThan(let date): "\(rule.subject.text) no later than \(date.text)"
    case .withinPlanLimits: "instalments within the SOP's plan limits"
    }
  }
}

extension ValueRule.Subject {
  /// How the expectation names the subject.
  var text: String {
    switch self {
    case .amount: "an amount"
    case .invoices: "invoices"
    case .promisedDate: "a promised date"
    case .date: "done"
    case .instalments: "instalments"
    }
  }
}

extension ValueRule.Amount {
  /// What the figure is, in words.
  var text: String {
    switch self {
    case .openBalanceOfNamedInvoices: "the open balance of the invoices named"
    case .preDeclarationBalance:
      "the open balance of the invoices issued before the declaration, VAT included"
    case .statutoryInterestPlusCompensation: "statutory interest plus EUR 40 per late invoice"
    case .creditBalance: "the credit balance"
    case .overdueBalance: "the overdue balance"
    }
  }
}

extension ValueRule.Invoices {
  /// What the set is, in words.
  var text: String {
    switch self {
    case .lateInvoices: "the late undisputed invoices"
    case .disputedInvoices: "the disputed invoices"
    case .preDeclarationInvoices: "the invoices open at the declaration"
    case .overdueInvoices: "the overdue invoices"
    }
  }
}

extension ValueRule.Date {
  /// What the date is, in words.
  var text: String {
    switch self {
    case .offeredDate: "the date the customer offered"
    case .claimDeadline: "the legal deadline to communicate the claim"
    }
  }
}

extension StepDetail.OrderFlaw {
  /// `before day 5 (3 days after promise_made)`, `before review was done`.
  var text: String {
    switch self {
    case .beforeEarliest(let day, let days, let event):
      "before day \(day) (\(days) days after \(event.rawValue))"
    case .beforeStep(let id): "before \(id) was done"
    }
  }
}
