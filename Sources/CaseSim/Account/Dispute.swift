import CivilCalendar

/// A dispute raised on an invoice.
public struct Dispute: Sendable, Hashable, Codable {
  /// Dispute case id.
  public var id: String
  /// Disputed invoice.
  public var invoiceNumber: String
  /// Reason code.
  public var reason: DisputeReason
  /// Amount disputed when raised.
  public var originalAmount: Money
  /// Amount still disputed.
  public var openAmount: Money
  /// Team routed to.
  public var resolver: String
  /// Day the dispute was logged.
  public var opened: CivilDate
}

/// A promise to pay and how it ended.
public struct PromiseRecord: Sendable, Hashable, Codable {
  /// Invoice promised.
  public var invoiceNumber: String
  /// Day the promise was made.
  public var made: CivilDate
  /// Day payment was promised for.
  public var promisedDate: CivilDate
  /// Amount promised.
  public var amount: Money
  /// Amount that arrived in time.
  public var paid: Money
  /// Open, kept, partially kept or broken.
  public var status: PromiseStatus
  /// 1, or 2 for a promise made after a broken one.
  public var level: Int
}

/// A dunning letter, e-mail or call task.
public struct DunningRecord: Sendable, Hashable, Codable {
  /// Invoice dunned.
  public var invoiceNumber: String
  /// Ladder level, 1-3.
  public var level: Int
  /// Day sent.
  public var date: CivilDate
  /// `email`, `letter` or `call`.
  public var channel: String
}

/// Insolvency proceedings (Spain: concurso, TRLC).
public struct InsolvencyRecord: Sendable, Hashable, Codable {
  /// Day the court declared it.
  public var declared: CivilDate
  /// Day it was published (BOE).
  public var published: CivilDate
  /// Insolvency administrator.
  public var administrator: String
  /// Last day to lodge the claim: one month from the publication, date to date.
  public var claimDeadline: CivilDate

  /// The last day to communicate credits to the insolvency administrator: one month from the
  /// BOE publication of the declaration (TRLC art. 28.1 and art. 255.1), counted date to date
  /// as Civil Code art. 5.1 counts months, ending on the month's last day where that date does
  /// not exist: published 10 March, last day 10 April; published 31 March, last day 30 April.
  public static func claimDeadline(published: CivilDate) -> CivilDate {
    published.adding(months: 1)
  }
}

/// A settled invoice in the payment history.
public struct SettledInvoice: Sendable, Hashable, Codable {
  /// Invoice number.
  public var number: String
  /// Issue date.
  public var issueDate: CivilDate
  /// Due date.
  public var dueDate: CivilDate
  /// Day it was paid in full.
  public var settledDate: CivilDate
  /// Days after due (0 when on time or early).
  public var daysLate: Int
  /// Whether it was disputed before being paid.
  public var disputed: Bool
  /// Gross amount.
  public var amount: Money
}

/// A scripted event resolved to this account.
public struct ResolvedEvent: Sendable, Hashable, Codable {
  /// Case day.
  public var day: Int
  /// Calendar date.
  public var date: CivilDate
  /// Event type.
  public var kind: ScenarioEvent.Kind
  /// Invoices concerned.
  public var invoiceNumbers: [String]
  /// Amount concerned, if any.
  public var amount: Money?
  /// Dispute reason, if any.
  public var reason: DisputeReason?
  /// Promised or published date, if any.
  public var relatedDate: CivilDate?
  /// Date of the court order, for `insolvency_declared` (the event's date when not given).
  public var declaredDate: CivilDate? = nil
  /// Resolver outcome or contact channel, if any.
  public var detail: String?
  /// Insolvency administrator, for `insolvency_declared`.
  public var administrator: String? = nil
  /// Last day to lodge the claim, for `insolvency_declared`: one month from the publication,
  /// date to date.
  public var claimDeadline: CivilDate? = nil
}
