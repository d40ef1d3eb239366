/// An action a trainee takes on a case, as a process step names it (`docs/sop-format.md`,
/// "Actions"). The raw value is the spelling used in `process` blocks and case logs.
public enum ProcessAction: String, Sendable, Hashable, Codable, CaseIterable {
  /// Reads the account: open items, aging, history, notes.
  case reviewAccount = "review_account"
  /// Calls a contact.
  case call
  /// Emails a contact.
  case email
  /// Sends a dunning letter.
  case sendDunning = "send_dunning"
  /// Blocks dunning for items or the account.
  case stopDunning = "stop_dunning"
  /// Logs a dispute.
  case logDispute = "log_dispute"
  /// Routes a dispute to a resolver.
  case routeDispute = "route_dispute"
  /// Escalates a late dispute, a broken plan or an account.
  case escalate
  /// Records a promise to pay.
  case recordPromise = "record_promise"
  /// Asks the risk department to approve a payment plan.
  case requestPlanApproval = "request_plan_approval"
  /// Offers the approved plan to the customer as binding.
  case proposePaymentPlan = "propose_payment_plan"
  /// Applies a credit or unapplied cash to open items.
  case allocateCredit = "allocate_credit"
  /// Refunds a verified credit balance.
  case refund
  /// Sends a statement reconciliation.
  case reconcile
  /// Puts the account on credit hold.
  case creditHold = "credit_hold"
  /// Claims statutory interest and the EUR 40 per invoice.
  case claimLateInterest = "claim_late_interest"
  /// Hands the account to legal or an agency.
  case shiftToLegal = "shift_to_legal"
  /// Asks for approval to write off.
  case requestWriteOff = "request_write_off"
  /// Posts the approved write-off.
  case writeOff = "write_off"
  /// Lodges the claim with the insolvency administrator.
  case fileInsolvencyClaim = "file_insolvency_claim"

  /// Parameters the action may carry; `requires` and `expect` may only name these.
  public var parameters: [String] {
    switch self {
    case .reviewAccount: return ["note"]
    case .call: return ["contact", "language", "invoices", "note"]
    case .email: return ["contact", "language", "invoices", "template", "note"]
    case .sendDunning: return ["level", "invoices", "language", "channel"]
    case .stopDunning: return ["invoices", "reason"]
    case .logDispute: return ["invoices", "reason_code", "amount", "note"]
    case .routeDispute: return ["invoices", "resolver"]
    case .escalate: return ["to", "invoices", "note"]
    case .recordPromise: return ["invoices", "amount", "promised_date", "contact"]
    case .requestPlanApproval: return ["instalments", "note"]
    case .proposePaymentPlan: return ["instalments"]
    case .allocateCredit: return ["amount", "invoices", "note"]
    case .refund: return ["amount", "note"]
    case .reconcile: return ["note"]
    case .creditHold: return ["note"]
    case .claimLateInterest: return ["invoices", "amount"]
    case .shiftToLegal: return ["invoices", "note"]
    case .requestWriteOff: return ["invoices", "amount", "reason"]
    case .writeOff: return ["invoices", "amount"]
    case .fileInsolvencyClaim: return ["amount", "invoices", "note"]
    }
  }

  /// Whether the action can be taken in a language (so `language: customer` makes sense).
  public var hasLanguage: Bool { parameters.contains("language") }
}
