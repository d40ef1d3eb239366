/// A moment a deadline counts from (`within.of`, `not_before.of`): see `docs/sop-format.md`,
/// "Events". Spelt in YAML as its raw value; `step:ID` is the moment step ID was done.
public enum ProcessEvent: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
  /// The first day of the case.
  case caseStart
  /// The customer raises a dispute.
  case disputeRaised
  /// The trainee logs the dispute.
  case disputeLogged
  /// The trainee routes the dispute to a resolver.
  case disputeRouted
  /// A dispute is still open `escalate_disputes_after_days` after it was logged.
  case disputeOverdue
  /// The resolver decides.
  case disputeResolved
  /// A promise to pay is recorded.
  case promiseMade
  /// The promised date plus tolerance passes without the full amount.
  case promiseBroken
  /// A payment arrives.
  case paymentReceived
  /// The customer asks for time to pay.
  case planRequested
  /// Risk approves the payment plan.
  case planApproved
  /// A credit balance or unapplied payment is on the account.
  case creditFound
  /// The customer asks for a statement reconciliation.
  case reconciliationRequested
  /// The court declares the customer insolvent.
  case insolvencyDeclared
  /// The declaration is published in the BOE.
  case insolvencyPublished
  /// The customer notifies that it has told the court it opened negotiations with its
  /// creditors (pre-insolvency notice, TRLC art. 585).
  case negotiationsNotified
  /// The final dunning level was sent and its window passed without payment.
  case dunningExhausted
  /// Write-off approval arrives.
  case writeOffApproved
  /// The moment the step with this id (same SOP) was done.
  case step(String)

  /// The named events in the doc's order (everything but `step:ID`).
  public static let named: [ProcessEvent] = [
    .caseStart, .disputeRaised, .disputeLogged, .disputeRouted, .disputeOverdue, .disputeResolved,
    .promiseMade, .promiseBroken, .paymentReceived, .planRequested, .planApproved, .creditFound,
    .reconciliationRequested, .insolvencyDeclared, .insolvencyPublished, .dunningExhausted,
    .writeOffApproved, .negotiationsNotified,
  ]

  /// Parses `case_start`, `step:review`...; nil for anything else.
  public init?(rawValue: String) {
    if rawValue.hasPrefix("step:") {
      let id = String(rawValue.dropFirst(5))
      guard ProcessStep.isValidID(id) else { return nil }
      self = .step(id)
      return
    }
    guard let event = ProcessEvent.named.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = event
  }

  /// The YAML spelling.
  public var rawValue: String {
    switch self {
    case .caseStart: return "case_start"
    case .disputeRaised: return "dispute_raised"
    case .disputeLogged: return "dispute_logged"
    case .disputeRouted: return "dispute_routed"
    case .disputeOverdue: return "dispute_overdue"
    case .disputeResolved: return "dispute_resolved"
    case .promiseMade: return "promise_made"
    case .promiseBroken: return "promise_broken"
    case .paymentReceived: return "payment_received"
    case .planRequested: return "plan_requested"
    case .planApproved: return "plan_approved"
    case .creditFound: return "credit_found"
    case .reconciliationRequested: return "reconciliation_requested"
    case .insolvencyDeclared: return "insolvency_declared"
    case .insolvencyPublished: return "insolvency_published"
    case .dunningExhausted: return "dunning_exhausted"
    case .writeOffApproved: return "write_off_approved"
    case .negotiationsNotified: return "negotiations_notified"
    case .step(let id): return "step:\(id)"
    }
  }

  /// The YAML spelling.
  public var description: String { rawValue }
}
