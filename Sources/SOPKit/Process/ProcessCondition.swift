/// A state of the case a step depends on (`when`, `unless`): see `docs/sop-format.md`,
/// "Conditions". Spelt in YAML as its raw value.
public enum ProcessCondition: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
  /// An invoice is past its due date.
  case overdue
  /// A dispute has been raised during the case (or was open at its start).
  case disputeRaised
  /// At least one dispute is open.
  case disputeOpen
  /// An invoice the action names is under an open dispute.
  case invoiceDisputed
  /// An open dispute is older than `escalate_disputes_after_days`.
  case disputeOverdue
  /// A promise to pay is open and not yet due.
  case promiseOpen
  /// A promise has been broken.
  case promiseBroken
  /// The customer asked for a payment plan.
  case planRequested
  /// Risk approved the plan.
  case planApproved
  /// The account carries a credit balance or unapplied cash.
  case creditBalance
  /// The customer asked for a reconciliation.
  case reconciliationRequested
  /// Insolvency has been declared.
  case customerInsolvent
  /// The final dunning level passed without payment.
  case dunningExhausted
  /// Write-off approval is in.
  case writeOffApproved
  /// The account was shifted to legal.
  case legalShifted
  /// The customer has notified negotiations with its creditors (TRLC art. 585) and is not
  /// (yet) in concurso.
  case customerInNegotiations
  /// The customer's language is this one.
  case customerLanguage(SOPLanguage)
  /// The customer's country is this ISO 3166 alpha-2 code (upper case).
  case customerCountry(String)

  /// The conditions without a parameter, in the doc's order.
  public static let named: [ProcessCondition] = [
    .overdue, .disputeRaised, .disputeOpen, .invoiceDisputed, .disputeOverdue, .promiseOpen,
    .promiseBroken, .planRequested, .planApproved, .creditBalance, .reconciliationRequested,
    .customerInsolvent, .dunningExhausted, .writeOffApproved, .legalShifted, .customerInNegotiations,
  ]

  /// Parses `overdue`, `customer_language:es`, `customer_country:ES`...; nil otherwise.
  public init?(rawValue: String) {
    if rawValue.hasPrefix("customer_language:") {
      guard let language = SOPLanguage(rawValue: String(rawValue.dropFirst(18))) else { return nil }
      self = .customerLanguage(language)
      return
    }
    if rawValue.hasPrefix("customer_country:") {
      let code = rawValue.dropFirst(17)
      guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
      self = .customerCountry(String(code))
      return
    }
    guard let condition = ProcessCondition.named.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = condition
  }

  /// The YAML spelling.
  public var rawValue: String {
    switch self {
    case .overdue: return "overdue"
    case .disputeRaised: return "dispute_raised"
    case .disputeOpen: return "dispute_open"
    case .invoiceDisputed: return "invoice_disputed"
    case .disputeOverdue: return "dispute_overdue"
    case .promiseOpen: return "promise_open"
    case .promiseBroken: return "promise_broken"
    case .planRequested: return "plan_requested"
    case .planApproved: return "plan_approved"
    case .creditBalance: return "credit_balance"
    case .reconciliationRequested: return "reconciliation_requested"
    case .customerInsolvent: return "customer_insolvent"
    case .dunningExhausted: return "dunning_exhausted"
    case .writeOffApproved: return "write_off_approved"
    case .legalShifted: return "legal_shifted"
    case .customerInNegotiations: return "customer_in_negotiations"
    case .customerLanguage(let language): return "customer_language:\(language.rawValue)"
    case .customerCountry(let code): return "customer_country:\(code)"
    }
  }

  /// The YAML spelling.
  public var description: String { rawValue }
}
