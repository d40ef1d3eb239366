/// Points-based collection priority of one account (SAP FSCM collection strategies; the
/// weights are documented in docs/prioritisation.md). Higher means call sooner.
public struct WorklistScore: Sendable, Hashable {
  /// Account id.
  public var accountID: String
  /// Customer legal name.
  public var customer: String
  /// Total points.
  public var points: Int
  /// Amount past due.
  public var overdue: Money
  /// Days past due of the oldest overdue invoice.
  public var oldestDaysPastDue: Int
  /// Why the points are what they are, e.g. `overdue 12 pts; 61-90 dpd 20 pts`.
  public var reasons: [String]

  /// One point per full 1,000 of overdue amount, at most 40.
  static func amountPoints(_ overdue: Money) -> Int { min(40, Int(overdue.minorUnits / 100_000)) }

  /// Points by days past due of the oldest overdue invoice.
  static func agePoints(_ days: Int) -> Int {
    switch days {
    case ...0: 0
    case 1...30: 5
    case 31...60: 10
    case 61...90: 20
    case 91...120: 25
    default: 30
    }
  }

  /// 10 points per broken promise, at most 30.
  static func brokenPromisePoints(_ count: Int) -> Int { min(30, 10 * count) }

  /// Points by open balance over credit limit.
  static func creditUsagePoints(balance: Money, limit: Money) -> Int {
    guard limit.minorUnits > 0 else { return 15 }
    let usage = balance.minorUnits * 100 / limit.minorUnits
    return usage > 100 ? 15 : usage > 80 ? 8 : 0
  }

  /// Points by risk class A (best) to E.
  static func riskPoints(_ riskClass: String) -> Int {
    ["A": 0, "B": 3, "C": 6, "D": 10, "E": 15][riskClass] ?? 6
  }

  /// Deducted when every overdue euro is under an open dispute being worked (a resolver
  /// owns it; calling for payment would be pointless), or partly when some is.
  static let fullyDisputedDeduction = 15
  static let partlyDisputedDeduction = 5
  /// Deducted when an open promise falls due within `promiseWindowDays`: wait for it.
  static let promiseDueSoonDeduction = 20
  static let promiseWindowDays = 7
}
