import CivilCalendar
import Foundation

/// Portfolio statistics built one account at a time from `case generate` NDJSON: aging,
/// overdue share, DSO / best possible DSO / average days delinquent, disputes by reason, and
/// the top of the prioritised worklist. Memory stays constant apart from the worklist's top N.
public struct PortfolioReport: Sendable {
  /// Day the portfolio is seen.
  public let asOf: CivilDate
  /// Length of the credit-sales period used for DSO, in days before `asOf`.
  public static let periodDays = 90
  /// The largest any total may grow: 10^15 in the currency (10^17 minor units), so the
  /// receivables, the sum of six bucket totals, stay far inside `Int64`.
  public static let maximumTotalMinorUnits: Int64 = 100_000_000_000_000_000
  /// How many worklist entries are kept.
  public let worklistSize: Int
  /// Accounts read.
  public private(set) var accounts = 0
  /// Open invoices and amount per aging bucket, in `AgingBucket.allCases` order.
  public private(set) var buckets: [(bucket: AgingBucket, count: Int, amount: Money)]
  /// Credit sales: gross of every invoice (open or settled) issued in the `periodDays` up to `asOf`.
  public private(set) var creditSales: Money
  /// Open disputes and open disputed amount per reason, in `DisputeReason.allCases` order.
  public private(set) var disputes: [(reason: DisputeReason, count: Int, amount: Money)]
  /// Accounts in insolvency (kept off the worklist: they go to the claim queue).
  public private(set) var insolventAccounts = 0
  /// Highest-priority accounts, best first.
  public private(set) var worklist: [WorklistScore] = []
  let currency: String

  /// Creates an empty report.
  public init(asOf: CivilDate, currency: String = "EUR", worklistSize: Int = 20) {
    self.asOf = asOf
    self.currency = currency
    self.worklistSize = worklistSize
    buckets = AgingBucket.allCases.map { ($0, 0, Money.zero(currency)) }
    disputes = DisputeReason.allCases.map { ($0, 0, Money.zero(currency)) }
    creditSales = .zero(currency)
  }

  /// Total open receivables.
  public var receivables: Money { buckets.reduce(Money.zero(currency)) { $0 + $1.amount } }
  /// Open receivables not yet due.
  public var currentReceivables: Money { buckets.first { $0.bucket == .current }?.amount ?? .zero(currency) }
  /// Share of receivables past due, 0-1.
  public var overdueShare: Double {
    receivables.isZero
      ? 0 : Double((receivables - currentReceivables).minorUnits) / Double(receivables.minorUnits)
  }
  /// DSO over the period.
  public var dso: Double {
    ReceivablesKPI.dso(receivables: receivables, creditSales: creditSales, days: Self.periodDays)
  }
  /// Best possible DSO over the period.
  public var bestPossibleDSO: Double {
    ReceivablesKPI.bestPossibleDSO(
      currentReceivables: currentReceivables, creditSales: creditSales, days: Self.periodDays)
  }
  /// Average days delinquent.
  public var averageDaysDelinquent: Double {
    ReceivablesKPI.averageDaysDelinquent(dso: dso, bestPossibleDSO: bestPossibleDSO)
  }

  /// Adds one NDJSON line.
  public mutating func add(line: Data, lineNumber: Int, path: String) throws {
    let record: PortfolioRecord
    do {
      record = try PortfolioRecord.decode(line)
    } catch {
      throw PortfolioError.unreadableLine(path: path, line: lineNumber)
    }
    try add(record, lineNumber: lineNumber, path: path)
  }

  mutating func add(_ record: PortfolioRecord, lineNumber: Int, path: String) throws {
    func money(_ text: String) throws -> Money {
      guard let value = Money(decimal: text, currency: currency) else {
        throw PortfolioError.badValue(path: path, line: lineNumber, value: text)
      }
      return value
    }
    // Each amount is at most `Money.maximumMinorUnits`, so the addition itself cannot
    // overflow; the cap keeps every total, and the sum of the buckets, inside `Int64`.
    func sum(_ total: inout Money, _ value: Money) throws {
      guard total.minorUnits + value.minorUnits <= Self.maximumTotalMinorUnits else {
        throw PortfolioError.totalTooLarge(path: path, line: lineNumber)
      }
      total += value
    }
    func date(_ text: String) throws -> CivilDate {
      guard let value = CivilDate(iso: text) else {
        throw PortfolioError.badValue(path: path, line: lineNumber, value: text)
      }
      return value
    }
    guard record.currency == currency else {
      throw PortfolioError.mixedCurrency(
        path: path, line: lineNumber, found: record.currency, expected: currency)
    }
    accounts += 1
    let periodStart = asOf.adding(days: -Self.periodDays)
    var overdue = Money.zero(currency)
    var balance = Money.zero(currency)
    var oldest = 0
    var overdueNumbers: [String] = []
    for invoice in record.invoices {
      let open = try money(invoice.openAmount)
      let due = try date(invoice.dueDate)
      let issued = try date(invoice.issueDate)
      if issued > periodStart && issued <= asOf { try sum(&creditSales, money(invoice.gross)) }
      guard !open.isZero else { continue }
      let dpd = Aging.daysPastDue(dueDate: due, asOf: asOf)
      let index = AgingBucket.allCases.firstIndex(of: AgingBucket(daysPastDue: dpd)) ?? 0
      buckets[index].count += 1
      try sum(&buckets[index].amount, open)
      try sum(&balance, open)
      if dpd > 0 {
        try sum(&overdue, open)
        oldest = max(oldest, dpd)
        overdueNumbers.append(invoice.number)
      }
    }
    for settled in record.history {
      let issued = try date(settled.issueDate)
      if issued > periodStart && issued <= asOf { try sum(&creditSales, money(settled.amount)) }
    }
    var disputedOverdue = Money.zero(currency)
    for dispute in record.disputes {
      let open = try money(dispute.openAmount)
      guard !open.isZero, let reason = DisputeReason(rawValue: dispute.reason),
        let index = DisputeReason.allCases.firstIndex(of: reason)
      else { continue }
      disputes[index].count += 1
      try sum(&disputes[index].amount, open)
      if overdueNumbers.contains(dispute.invoice) { try sum(&disputedOverdue, open) }
    }
    if record.insolvency != nil {
      insolventAccounts += 1
      return
    }
    guard overdue.minorUnits > 0 else { return }
    let broken = record.promises.filter { $0.status == PromiseStatus.broken.rawValue }.count
    let dueSoon = try record.promises.contains { promise in
      let promised = try date(promise.promisedDate)
      return promise.status == PromiseStatus.open.rawValue && promised >= asOf
        && promised <= asOf.adding(days: WorklistScore.promiseWindowDays)
    }
    offer(
      score(
        record: record, overdue: overdue, balance: balance, oldest: oldest, broken: broken,
        disputedOverdue: disputedOverdue, promiseDueSoon: dueSoon,
        limit: try money(record.customer.creditLimit)))
  }

  func score(
    record: PortfolioRecord, overdue: Money, balance: Money, oldest: Int, broken: Int, disputedOverdue: Money,
    promiseDueSoon: Bool, limit: Money
  ) -> WorklistScore {
    var parts: [(String, Int)] = [
      ("overdue", WorklistScore.amountPoints(overdue)), ("age", WorklistScore.agePoints(oldest)),
      ("broken promises", WorklistScore.brokenPromisePoints(broken)),
      ("credit usage", WorklistScore.creditUsagePoints(balance: balance, limit: limit)),
      ("risk \(record.customer.riskClass)", WorklistScore.riskPoints(record.customer.riskClass)),
    ]
    if disputedOverdue.minorUnits > 0 {
      let full = disputedOverdue >= overdue
      parts.append(
        (
          "dispute being worked",
          -(full ? WorklistScore.fullyDisputedDeduction : WorklistScore.partlyDisputedDeduction)
        ))
    }
    if promiseDueSoon { parts.append(("promise due soon", -WorklistScore.promiseDueSoonDeduction)) }
    let shown = parts.filter { $0.1 != 0 }.map { "\($0.0) \($0.1)" }
    return WorklistScore(
      accountID: record.id, customer: record.customer.legalName, points: parts.reduce(0) { $0 + $1.1 },
      overdue: overdue, oldestDaysPastDue: oldest, reasons: shown)
  }

  /// Keeps the top `worklistSize`; ties go to the larger overdue amount, then the id.
  mutating func offer(_ score: WorklistScore) {
    func before(_ a: WorklistScore, _ b: WorklistScore) -> Bool {
      (a.points, a.overdue.minorUnits, b.accountID) > (b.points, b.overdue.minorUnits, a.accountID)
    }
    if worklist.count == worklistSize, let last = worklist.last, !before(score, last) { return }
    let position = worklist.firstIndex { before(score, $0) } ?? worklist.count
    worklist.insert(score, at: position)
    if worklist.count > worklistSize { worklist.removeLast() }
  }
}

/// Why a portfolio file could not be read.
public enum PortfolioError: Error, Sendable, Equatable, LocalizedError {
  /// A line is not an account as `case generate --format ndjson` writes it.
  case unreadableLine(path: String, line: Int)
  /// An amount or date could not be parsed.
  case badValue(path: String, line: Int, value: String)
  /// Accounts in different currencies cannot be summed.
  case mixedCurrency(path: String, line: Int, found: String, expected: String)
  /// A total would pass `PortfolioReport.maximumTotalMinorUnits`.
  case totalTooLarge(path: String, line: Int)

  /// What is wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .unreadableLine(let path, let line):
      "\(path):\(line): not an account line; the file must be the case generator's NDJSON output"
    case .badValue(let path, let line, let value):
      "\(path):\(line): '\(value)' is not a valid amount or date"
    case .mixedCurrency(let path, let line, let found, let expected):
      "\(path):\(line): account in \(found) in a \(expected) portfolio; report one currency at a time"
    case .totalTooLarge(let path, let line):
      "\(path):\(line): the portfolio's totals pass 10^15 in its currency; report it in parts"
    }
  }
}
