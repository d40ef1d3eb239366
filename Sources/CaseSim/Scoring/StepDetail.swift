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
