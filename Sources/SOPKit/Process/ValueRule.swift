/// What a correct action contains (`values:` of a step, `docs/sop-format.md`, "Value rules"):
/// one of the action's parameters checked against a figure the case simulator computes from
/// the case at the moment of the action. The SOP names the figure; it never types the value.
public struct ValueRule: Sendable, Hashable, Codable {
  /// What part of the action is judged.
  public enum Subject: String, Sendable, Hashable, Codable, CaseIterable {
    /// The action's `amount`.
    case amount
    /// The invoices the action names.
    case invoices
    /// A promise's `promised_date`.
    case promisedDate = "promised_date"
    /// The day the action was taken.
    case date
    /// A plan's `instalments`.
    case instalments

    /// The action parameter the subject reads; nil for `date` (every action has a day).
    public var parameter: String? { self == .date ? nil : rawValue }
  }

  /// A named amount of the case at the moment of the action.
  public enum Amount: String, Sendable, Hashable, Codable, CaseIterable {
    /// Open balance of the invoices the action names.
    case openBalanceOfNamedInvoices = "open_balance_of_named_invoices"
    /// Open balance (gross, VAT included) of every invoice issued before the insolvency
    /// declaration: the principal of the insolvency claim.
    case preDeclarationBalance = "pre_declaration_balance"
    /// Statutory late-payment interest plus the fixed EUR 40 on every late invoice.
    case statutoryInterestPlusCompensation = "statutory_interest_plus_compensation"
    /// Credit balance and unapplied cash on the account.
    case creditBalance = "credit_balance"
    /// Open balance of the overdue invoices.
    case overdueBalance = "overdue_balance"

    /// The invoices the amount is made of, when it is a sum over a set of invoices.
    public var invoices: Invoices? {
      switch self {
      case .preDeclarationBalance: .preDeclarationInvoices
      case .statutoryInterestPlusCompensation: .lateInvoices
      case .overdueBalance: .overdueInvoices
      case .openBalanceOfNamedInvoices, .creditBalance: nil
      }
    }
  }

  /// A named set of invoices of the case at the moment of the action.
  public enum Invoices: String, Sendable, Hashable, Codable, CaseIterable {
    /// Invoices paid late or still open past their due date, not under an open dispute: the
    /// ones statutory interest and the EUR 40 are due on.
    case lateInvoices = "late_invoices"
    /// Invoices under an open dispute.
    case disputedInvoices = "disputed_invoices"
    /// Open invoices issued before the insolvency declaration.
    case preDeclarationInvoices = "pre_declaration_invoices"
    /// Open invoices past their due date.
    case overdueInvoices = "overdue_invoices"
  }

  /// A named date of the case.
  public enum Date: String, Sendable, Hashable, Codable, CaseIterable {
    /// The date the customer offered to pay on (the last offer before the action).
    case offeredDate = "offered_date"
    /// The last day to communicate credits to the insolvency administrator (legal deadline).
    case claimDeadline = "claim_deadline"
  }

  /// The test.
  public enum Test: Sendable, Hashable, Codable {
    /// `{equals: FIGURE, tolerance: 0.01}`: within `toleranceCents` of the figure.
    case equals(Amount, toleranceCents: Int)
    /// `{covers: FIGURE, tolerance: 0.01}`: at least the figure, less the tolerance.
    case covers(Amount, toleranceCents: Int)
    /// `{cover: SET}`: names every invoice of the set.
    case cover(Invoices)
    /// `{no_later_than: DATE}`: on or before the date.
    case noLaterThan(Date)
    /// `{within: plan_limits}`: the plan respects the process's `plan_*` settings.
    case withinPlanLimits
  }

  /// What is judged.
  public var subject: Subject
  /// How.
  public var test: Test

  /// Creates a rule.
  public init(_ subject: Subject, _ test: Test) {
    self.subject = subject
    self.test = test
  }

  /// The tests a subject takes (`amount: {equals: ...}`, `invoices: {cover: ...}`...).
  public var isWellFormed: Bool {
    switch (subject, test) {
    case (.amount, .equals), (.amount, .covers), (.instalments, .covers): true
    case (.invoices, .cover): true
    case (.promisedDate, .noLaterThan), (.date, .noLaterThan): true
    case (.instalments, .withinPlanLimits): true
    default: false
    }
  }
}
