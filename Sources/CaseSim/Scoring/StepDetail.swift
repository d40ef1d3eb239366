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
}
