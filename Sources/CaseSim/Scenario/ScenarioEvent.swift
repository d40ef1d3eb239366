/// Something scripted to happen on a simulated day of the case.
public struct ScenarioEvent: Sendable, Hashable {
  /// Day of the case, 0 = `as_of`.
  public var day: Int
  /// What happens.
  public var kind: Kind
  /// The invoice(s) it concerns.
  public var invoice: InvoiceSelector?
  /// A fixed amount in minor units.
  public var amount: Int64?
  /// A share (0-1) of the invoice's open or disputed amount.
  public var share: Double?
  /// Dispute reason, for `dispute_raised`.
  public var reason: DisputeReason?
  /// Promised payment day, for `promise_made`.
  public var promisedDay: Int?
  /// Publication day (BOE), for `insolvency_declared`.
  public var publishedDay: Int?
  /// Day of the court order declaring the concurso, for `insolvency_declared`; the event's
  /// `day` when absent. The order always comes first: on or before `published_day`.
  public var declaredDay: Int? = nil
  /// Resolver outcome, for `resolver_decision`.
  public var outcome: ResolverOutcome?
  /// `call` or `email`, for `inbound_contact`.
  public var channel: String?
  /// Line of the event in the file.
  public var line: Int

  /// The event types of `docs/scenario-format.md`.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Full payment of the selected invoice(s).
    case payment
    /// Part payment.
    case partialPayment = "partial_payment"
    /// The customer disputes an invoice.
    case disputeRaised = "dispute_raised"
    /// The customer offers a promise.
    case promiseMade = "promise_made"
    /// The open promise is paid.
    case promiseKept = "promise_kept"
    /// The open promise's date passes unpaid.
    case promiseBroken = "promise_broken"
    /// Insolvency (concurso) is published.
    case insolvencyDeclared = "insolvency_declared"
    /// A credit note is issued.
    case creditNote = "credit_note"
    /// Money arrives without remittance.
    case unappliedPayment = "unapplied_payment"
    /// The customer asks for a reconciliation.
    case reconciliationRequest = "reconciliation_request"
    /// The resolver decides a dispute.
    case resolverDecision = "resolver_decision"
    /// The customer calls or writes.
    case inboundContact = "inbound_contact"
    /// The customer notifies that it told the court it opened negotiations with its creditors
    /// (TRLC art. 585): enforcement on assets needed for its business is stayed.
    case negotiationsNotified = "negotiations_notified"
  }
}

/// Which open invoice(s) an event concerns.
public enum InvoiceSelector: Sendable, Hashable {
  /// Earliest issued.
  case oldest
  /// Latest issued.
  case newest
  /// Largest gross.
  case largest
  /// Smallest gross.
  case smallest
  /// Every open invoice.
  case all
  /// 1-based position in issue-date order.
  case position(Int)

  /// Parses `oldest`... or a position.
  init?(text: String) {
    switch text {
    case "oldest": self = .oldest
    case "newest": self = .newest
    case "largest": self = .largest
    case "smallest": self = .smallest
    case "all": self = .all
    default:
      guard let position = Int(text), position >= 1 else { return nil }
      self = .position(position)
    }
  }

  /// The text form used in files and output.
  var text: String {
    switch self {
    case .oldest: "oldest"
    case .newest: "newest"
    case .largest: "largest"
    case .smallest: "smallest"
    case .all: "all"
    case .position(let position): String(position)
    }
  }
}

/// What a resolver decides about a dispute.
public enum ResolverOutcome: String, Sendable, Hashable, Codable, CaseIterable {
  /// The dispute is valid: a credit note for the disputed amount.
  case credit
  /// The dispute is rejected: the customer must pay.
  case rejected
  /// Part is credited.
  case partial
}
