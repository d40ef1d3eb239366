import SOPKit

/// The case-wide conditions of `docs/sop-format.md` that hold at one moment, as bits, so a
/// recorded attempt stores one word per log entry and the scorer tests them without lookups.
/// `invoice_disputed` depends on the action and `dispute_overdue` on the SOP: the scorer
/// derives those itself.
public struct CaseConditions: OptionSet, Sendable, Hashable, Codable {
  /// The bits.
  public let rawValue: UInt32

  /// Creates a set from its bits.
  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// An invoice is past its due date and still open.
  public static let overdue = CaseConditions(rawValue: 1 << 0)
  /// A dispute was raised (or was open at the start).
  public static let disputeRaised = CaseConditions(rawValue: 1 << 1)
  /// A dispute is open.
  public static let disputeOpen = CaseConditions(rawValue: 1 << 2)
  /// A promise is open and not yet evaluated.
  public static let promiseOpen = CaseConditions(rawValue: 1 << 3)
  /// A promise was broken.
  public static let promiseBroken = CaseConditions(rawValue: 1 << 4)
  /// The customer asked for a payment plan.
  public static let planRequested = CaseConditions(rawValue: 1 << 5)
  /// Risk approved the plan.
  public static let planApproved = CaseConditions(rawValue: 1 << 6)
  /// Credit balance or unapplied cash on the account.
  public static let creditBalance = CaseConditions(rawValue: 1 << 7)
  /// The customer asked for a reconciliation.
  public static let reconciliationRequested = CaseConditions(rawValue: 1 << 8)
  /// Insolvency declared (and known).
  public static let customerInsolvent = CaseConditions(rawValue: 1 << 9)
  /// The final dunning window passed unpaid.
  public static let dunningExhausted = CaseConditions(rawValue: 1 << 10)
  /// Write-off approval is in.
  public static let writeOffApproved = CaseConditions(rawValue: 1 << 11)
  /// The account was shifted to legal.
  public static let legalShifted = CaseConditions(rawValue: 1 << 12)
  /// The customer notified negotiations with its creditors (pre-insolvency).
  public static let customerInNegotiations = CaseConditions(rawValue: 1 << 13)

  /// The bit for a named process condition; nil for those that are not case-wide state
  /// (`invoice_disputed`, `dispute_overdue`, language and country).
  public static func bit(for condition: ProcessCondition) -> CaseConditions? {
    switch condition {
    case .overdue: return .overdue
    case .disputeRaised: return .disputeRaised
    case .disputeOpen: return .disputeOpen
    case .promiseOpen: return .promiseOpen
    case .promiseBroken: return .promiseBroken
    case .planRequested: return .planRequested
    case .planApproved: return .planApproved
    case .creditBalance: return .creditBalance
    case .reconciliationRequested: return .reconciliationRequested
    case .customerInsolvent: return .customerInsolvent
    case .dunningExhausted: return .dunningExhausted
    case .writeOffApproved: return .writeOffApproved
    case .legalShifted: return .legalShifted
    case .customerInNegotiations: return .customerInNegotiations
    case .invoiceDisputed, .disputeOverdue, .customerLanguage, .customerCountry: return nil
    }
  }
}
