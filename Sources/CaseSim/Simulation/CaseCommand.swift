import CivilCalendar
import SOPKit

/// One line of an attempt: a trainee action from the process vocabulary, or a clock move
/// (`docs/actions-format.md`).
public enum CaseCommand: Sendable, Hashable {
  /// A trainee action with its parameters.
  case act(CaseAction)
  /// Moves the clock forward by this many days.
  case wait(days: Int)
  /// Moves the clock to this date.
  case advanceTo(CivilDate)
  /// Moves the clock day by day until this event happens (or the case ends).
  case waitFor(ProcessEvent)
}

/// A trainee action as written: parameter values may be selectors (`overdue`, `open`,
/// `offered`) that the simulation resolves against the account when the action is taken.
public struct CaseAction: Sendable, Hashable {
  /// What the trainee does.
  public var action: ProcessAction
  /// Scalar parameters (`contact`, `language`, `amount`, `promised_date`, `level`...).
  public var parameters: [String: String]
  /// Invoice numbers or selectors, when the action names invoices.
  public var invoices: [String]?
  /// Plan instalments, for `request_plan_approval` and `propose_payment_plan`.
  public var instalments: [Instalment]?

  /// Creates an action.
  public init(
    _ action: ProcessAction, parameters: [String: String] = [:], invoices: [String]? = nil,
    instalments: [Instalment]? = nil
  ) {
    self.action = action
    self.parameters = parameters
    self.invoices = invoices
    self.instalments = instalments
  }
}

/// One instalment of a payment plan.
public struct Instalment: Sendable, Hashable, Codable {
  /// Due date, `YYYY-MM-DD` or `+N` days from the day the plan is written.
  public var date: String
  /// Amount as a decimal string, or `share:0.25` of the overdue balance.
  public var amount: String

  /// Creates an instalment.
  public init(date: String, amount: String) {
    self.date = date
    self.amount = amount
  }
}
