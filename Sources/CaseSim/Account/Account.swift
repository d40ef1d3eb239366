import CivilCalendar

/// One generated customer account as the collector finds it on the case's first day:
/// who the customer is, what is open, and the history behind it. Amounts are `Money`
/// (minor units), dates `CivilDate`; every list is in date order.
public struct Account: Sendable, Hashable, Codable {
  /// `scenario-seed-index`, unique within a run.
  public var id: String
  /// The scenario it was generated from.
  public var scenarioID: String
  /// Seed of the run.
  public var seed: UInt64
  /// Position in the run (0-based).
  public var index: Int
  /// The day the account is seen (case start).
  public var asOf: CivilDate
  /// The customer.
  public var customer: Customer
  /// Hidden persona (not shown to the trainee).
  public var persona: Persona
  /// Open and recently closed invoices.
  public var invoices: [Invoice]
  /// Payments received against the invoices.
  public var payments: [Payment]
  /// Credit notes issued against the invoices.
  public var creditNotes: [CreditNote]
  /// Money received but not yet applied to an invoice.
  public var unappliedCash: [UnappliedCash]
  /// Disputes raised on the invoices.
  public var disputes: [Dispute]
  /// Promise-to-pay history.
  public var promises: [PromiseRecord]
  /// Dunning letters and calls sent.
  public var dunning: [DunningRecord]
  /// Insolvency proceedings, when declared.
  public var insolvency: InsolvencyRecord?
  /// Settled invoices before the open ones.
  public var history: [SettledInvoice]
  /// The scenario's scripted events, resolved to this account's invoices and amounts.
  public var events: [ResolvedEvent]

  /// Sum of the invoices' open amounts.
  public var openBalance: Money {
    invoices.reduce(Money(minorUnits: 0, code: customer.creditLimit.code)) { $0 + $1.openAmount }
  }

  /// Sum of unapplied cash and unallocated credit notes: money owed back or to allocate.
  public var creditBalance: Money {
    let cash = unappliedCash.reduce(Money(minorUnits: 0, code: customer.creditLimit.code)) { $0 + $1.amount }
    return creditNotes.filter { $0.invoiceNumber == nil }.reduce(cash) { $0 + $1.amount }
  }
}
