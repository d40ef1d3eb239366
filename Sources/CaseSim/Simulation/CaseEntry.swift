import SOPKit

/// One line of a case's log: a trainee action or something that happened, with the
/// transcript text and the conditions that hold right after it.
public struct CaseEntry: Sendable, Hashable {
  /// What the line records.
  public enum Kind: Sendable, Hashable {
    /// The trainee acted.
    case action(RecordedAction)
    /// An event of the process vocabulary happened (`effectiveDay` may be earlier than the
    /// entry's day, e.g. a BOE publication learnt of the next day).
    case event(ProcessEvent, effectiveDay: Int)
    /// Something worth a transcript line that no process step counts from.
    case note
  }

  /// Case day (0 = start).
  public var day: Int
  /// The record.
  public var kind: Kind
  /// Who speaks: `trainee`, `customer`, `system`.
  public var speaker: String
  /// Transcript text (the customer's lines in the customer's language; the system's in English).
  public var text: String
  /// The system's line in Spanish, for a trainee reading the transcript in Spanish (nil for
  /// the customer's and the trainee's lines, which stay as said).
  public var spanish: String? = nil

  /// The line as a reader of `language` (`en`, `es`) sees it: the system's lines in that
  /// language where the simulation words them so, the others as said.
  public func text(in language: String) -> String {
    language == "es" ? spanish ?? text : text
  }
  /// Conditions holding after this entry.
  public var conditions: CaseConditions
}

/// A trainee action as carried out: parameters resolved to concrete values.
public struct RecordedAction: Sendable, Hashable {
  /// The action.
  public var action: ProcessAction
  /// Parameters as carried out (invoices comma-joined, amounts as decimals).
  public var parameters: [String: String]
  /// Invoices the action concerns (all open items when it names none).
  public var invoiceNumbers: [String]
  /// Whether an invoice it concerns was under an open dispute when it was taken.
  public var namesDisputedInvoice: Bool
  /// A domain rule the action broke, if any (carried out anyway and recorded).
  public var violation: CaseViolation?
  /// The case's figures when the action was taken, for value rules; nil for actions no
  /// value rule can judge.
  public var facts: ActionFacts?

  /// Creates a recorded action.
  public init(
    action: ProcessAction, parameters: [String: String], invoiceNumbers: [String], namesDisputedInvoice: Bool,
    violation: CaseViolation? = nil, facts: ActionFacts? = nil
  ) {
    self.action = action
    self.parameters = parameters
    self.invoiceNumbers = invoiceNumbers
    self.namesDisputedInvoice = namesDisputedInvoice
    self.violation = violation
    self.facts = facts
  }
}
