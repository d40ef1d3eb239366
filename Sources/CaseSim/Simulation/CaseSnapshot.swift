import CivilCalendar

/// The account as it stands on the case's current day: what is open on each invoice, the
/// disputes, promises, payments and dunning so far. The generated `Account` is day 0; this
/// is what a collector's screen shows after the trainee's actions and the days played.
public struct CaseSnapshot: Sendable, Hashable {
  /// One invoice today.
  public struct Item: Sendable, Hashable {
    /// Invoice number.
    public var number: String
    /// Due date.
    public var dueDate: CivilDate
    /// Gross amount invoiced.
    public var gross: Money
    /// What is still open.
    public var open: Money
    /// Under an open dispute.
    public var disputed: Bool
    /// Dunning stopped on it (`stop_dunning`).
    public var dunningStopped: Bool
    /// Handed to legal.
    public var withLegal: Bool
    /// The day it was paid in full during the case.
    public var settledOn: CivilDate?
  }

  /// One dispute, open or resolved.
  public struct Dispute: Sendable, Hashable {
    /// Disputed invoice.
    public var invoice: String
    /// Reason code.
    public var reason: DisputeReason
    /// Amount disputed.
    public var amount: Money
    /// When the customer raised it.
    public var raisedOn: CivilDate
    /// When it was logged.
    public var loggedOn: CivilDate?
    /// When it was routed.
    public var routedOn: CivilDate?
    /// The resolver it was routed to.
    public var resolver: String?
    /// When the resolver decided.
    public var resolvedOn: CivilDate?
  }

  /// One promise to pay.
  public struct Promise: Sendable, Hashable {
    /// Invoices it covers.
    public var invoices: [String]
    /// Amount promised.
    public var amount: Money
    /// When it was made.
    public var madeOn: CivilDate
    /// The date promised.
    public var promisedOn: CivilDate
    /// Paid against it so far.
    public var paid: Money
    /// Open, kept, partially kept, broken or withdrawn.
    public var status: PromiseStatus
  }

  /// Money received during the case.
  public struct Receipt: Sendable, Hashable {
    /// Value date.
    public var date: CivilDate
    /// Invoice it went to first; nil for unapplied cash.
    public var invoice: String?
    /// Amount.
    public var amount: Money
  }

  /// A dunning letter sent during the case.
  public struct Letter: Sendable, Hashable {
    /// Date sent.
    public var date: CivilDate
    /// Dunning level.
    public var level: Int
    /// Invoices named.
    public var invoices: [String]
  }

  /// Invoices in account order.
  public var items: [Item]
  /// Disputes, oldest first.
  public var disputes: [Dispute]
  /// Promises, oldest first.
  public var promises: [Promise]
  /// Credit balance and unapplied cash not yet allocated or refunded.
  public var credit: Money
  /// Payments received during the case.
  public var receipts: [Receipt]
  /// Dunning letters sent during the case.
  public var letters: [Letter]
}

extension CaseSimulation {
  /// The log so far as a record, without running the clock to the end: what the workbench
  /// judges to tell which steps are already done.
  public var recordSoFar: CaseRecord { record() }

  /// The account as it stands today.
  public var snapshot: CaseSnapshot {
    let asOf = account.asOf
    func date(_ day: Int) -> CivilDate { asOf.adding(days: day) }
    return CaseSnapshot(
      items: ledger.items.map { item in
        CaseSnapshot.Item(
          number: item.number, dueDate: date(item.dueDay), gross: item.gross, open: item.open,
          disputed: ledger.isDisputed(item.number), dunningStopped: item.blocked, withLegal: item.legal,
          settledOn: item.settledDay.map(date))
      },
      disputes: ledger.disputes.map { dispute in
        CaseSnapshot.Dispute(
          invoice: dispute.invoice, reason: dispute.reason, amount: dispute.amount,
          raisedOn: date(dispute.raisedDay), loggedOn: dispute.loggedDay.map(date),
          routedOn: dispute.routedDay.map(date), resolver: dispute.resolver,
          resolvedOn: dispute.resolvedDay.map(date))
      },
      promises: ledger.promises.map { promise in
        CaseSnapshot.Promise(
          invoices: promise.invoices, amount: promise.amount, madeOn: date(promise.madeDay),
          promisedOn: date(promise.promisedDay), paid: promise.paid, status: promise.status)
      },
      credit: ledger.credit,
      receipts: payments.map {
        CaseSnapshot.Receipt(date: date($0.day), invoice: $0.invoice, amount: $0.amount)
      },
      letters: dunningSent.map {
        CaseSnapshot.Letter(date: date($0.day), level: $0.level, invoices: $0.invoices)
      })
  }
}
