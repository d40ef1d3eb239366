import SOPKit

/// The case's own figures at the moment of an action, for the value rules of the steps that
/// judge it (`ValueRule`, `docs/scoring.md`, "Value rules"). The simulator computes them when
/// the action is taken, from the ledger as it stands: a record is pure data, scored again
/// against other revisions, so it carries what any rule could ask for. Only actions that
/// carry amounts, invoices, dates or instalments get them; the judge reads them only for steps
/// with value rules. A class, so an action carries one reference whatever it holds.
public final class ActionFacts: Sendable, Hashable {
  /// The figures.
  public struct Figures: Sendable, Hashable {
    /// The action's `amount` as carried out (for a plan: the sum of its instalments).
    public var amount: Money?
    /// The action's `promised_date` as a case day.
    public var promisedDay: Int?
    /// Open balance of the invoices the action names.
    public var openOfNamed: Money
    /// Open balance of the invoices issued before the insolvency declaration; nil when there
    /// is none.
    public var preDeclarationBalance: Money?
    /// Those invoices.
    public var preDeclarationInvoices: [String]
    /// Statutory interest plus EUR 40 on the late invoices, to their payment day or today.
    public var lateClaim: Money
    /// Invoices paid late or open past due, not under an open dispute.
    public var lateInvoices: [String]
    /// Credit balance and unapplied cash.
    public var credit: Money
    /// Open balance of the overdue invoices.
    public var overdueBalance: Money
    /// Those invoices.
    public var overdueInvoices: [String]
    /// Invoices under an open dispute.
    public var disputedInvoices: [String]
    /// The day the customer last offered to pay on, if that offer still stands (not past).
    public var offeredDay: Int?
    /// A plan's instalments, as case days and amounts, in date order.
    public var instalments: [(day: Int, amount: Money)]

    /// Same figures (instalments compared by day and amount).
    public static func == (lhs: Figures, rhs: Figures) -> Bool {
      lhs.amount == rhs.amount && lhs.promisedDay == rhs.promisedDay && lhs.openOfNamed == rhs.openOfNamed
        && lhs.preDeclarationBalance == rhs.preDeclarationBalance
        && lhs.preDeclarationInvoices == rhs.preDeclarationInvoices && lhs.lateClaim == rhs.lateClaim
        && lhs.lateInvoices == rhs.lateInvoices && lhs.credit == rhs.credit
        && lhs.overdueBalance == rhs.overdueBalance && lhs.overdueInvoices == rhs.overdueInvoices
        && lhs.disputedInvoices == rhs.disputedInvoices && lhs.offeredDay == rhs.offeredDay
        && lhs.instalments.map(\.day) == rhs.instalments.map(\.day)
        && lhs.instalments.map(\.amount) == rhs.instalments.map(\.amount)
    }

    /// Hashes a few distinguishing figures.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(amount)
      hasher.combine(openOfNamed)
      hasher.combine(lateInvoices)
    }

    /// The named amount.
    func amount(_ figure: ValueRule.Amount) -> Money? {
      switch figure {
      case .openBalanceOfNamedInvoices: openOfNamed
      case .preDeclarationBalance: preDeclarationBalance
      case .statutoryInterestPlusCompensation: lateClaim
      case .creditBalance: credit
      case .overdueBalance: overdueBalance
      }
    }

    /// The named set of invoices; nil when the case has no such set (no declaration).
    func invoices(_ set: ValueRule.Invoices) -> [String]? {
      switch set {
      case .lateInvoices: lateInvoices
      case .disputedInvoices: disputedInvoices
      case .preDeclarationInvoices: preDeclarationBalance == nil ? nil : preDeclarationInvoices
      case .overdueInvoices: overdueInvoices
      }
    }
  }

  /// The figures.
  public let figures: Figures

  /// Wraps figures.
  public init(_ figures: Figures) { self.figures = figures }

  /// Same figures.
  public static func == (lhs: ActionFacts, rhs: ActionFacts) -> Bool { lhs.figures == rhs.figures }

  /// Hashes the figures.
  public func hash(into hasher: inout Hasher) { hasher.combine(figures) }
}

extension CaseSimulation {
  /// Actions whose parameters a value rule can judge (amount, invoices, dates, instalments).
  private static let judgedByValue: Set<ProcessAction> = [
    .call, .email, .sendDunning, .stopDunning, .logDispute, .routeDispute, .escalate, .recordPromise,
    .requestPlanApproval, .proposePaymentPlan, .allocateCredit, .refund, .claimLateInterest, .shiftToLegal,
    .requestWriteOff, .writeOff, .fileInsolvencyClaim,
  ]

  /// The figures at this moment for an action naming `invoices`, before it is applied.
  func facts(
    for kind: ProcessAction, invoices: [String], amount: Money?, promisedDay: Int?,
    instalments: [(day: Int, amount: Money)]
  ) -> ActionFacts? {
    guard Self.judgedByValue.contains(kind) else { return nil }
    let overdue = ledger.overdueNumbers(on: day)
    let late = ledger.items.filter { item in
      guard !ledger.isDisputed(item.number) else { return false }
      if let settled = item.settledDay { return settled > item.dueDay }
      return ledger.isOverdue(item, on: day)
    }.map(\.number)
    var preDeclaration: [String] = []
    var preDeclarationBalance: Money?
    if let declared = insolvencyDay {
      let declaredOn = account.asOf.adding(days: declared)
      preDeclaration = zip(account.invoices, ledger.items).filter {
        $0.0.issueDate < declaredOn && $0.1.open.minorUnits > 0
      }.map(\.1.number)
      preDeclarationBalance = ledger.openAmount(of: preDeclaration)
    }
    let sorted = instalments.sorted { $0.day < $1.day }
    let planTotal = sorted.isEmpty ? nil : sorted.reduce(ledger.zero) { $0 + $1.amount }
    return ActionFacts(
      ActionFacts.Figures(
        amount: amount ?? planTotal, promisedDay: promisedDay, openOfNamed: ledger.openAmount(of: invoices),
        preDeclarationBalance: preDeclarationBalance, preDeclarationInvoices: preDeclaration,
        lateClaim: kind.parameters.contains("amount") ? interestDue(on: late) : ledger.zero,
        lateInvoices: late,
        credit: ledger.credit, overdueBalance: ledger.openAmount(of: overdue), overdueInvoices: overdue,
        disputedInvoices: ledger.disputedNumbers(),
        offeredDay: offer.flatMap { $0.day >= day ? $0.day : nil }, instalments: sorted))
  }
}
