import CivilCalendar

/// A finished attempt: the log and the facts the scorer and the outcome figures read. A
/// record is pure data, so recorded attempts can be scored again against another revision.
public struct CaseRecord: Sendable, Hashable {
  /// Scenario id.
  public var scenarioID: String
  /// Seed.
  public var seed: UInt64
  /// Case start.
  public var asOf: CivilDate
  /// Last case day.
  public var caseDays: Int
  /// Customer language (`en`, `es`).
  public var customerLanguage: String
  /// Customer country (ISO code).
  public var customerCountry: String
  /// Every action and event, in order.
  public var entries: [CaseEntry]
  /// Disputes as the scorer needs them for `dispute_overdue`: logged and resolved days.
  public var disputes: [DisputeSpan]
  /// Outcome figures.
  public var outcome: CaseOutcome
  /// Last day to communicate credits to the insolvency administrator (the legal deadline),
  /// as a case day; nil when no declaration was published.
  public var claimDeadlineDay: Int?

  /// Actions that broke a domain rule, with their day.
  public var violations: [CaseViolationEntry] {
    entries.compactMap { entry in
      guard case .action(let action) = entry.kind, let violation = action.violation else { return nil }
      return CaseViolationEntry(day: entry.day, action: action.action, violation: violation)
    }
  }

  /// The transcript as `day N (date) speaker: text` lines.
  public var transcript: [String] {
    entries.map { "day \($0.day) (\(asOf.adding(days: $0.day).iso)) \($0.speaker): \($0.text)" }
  }

  /// Creates a record.
  public init(
    scenarioID: String, seed: UInt64, asOf: CivilDate, caseDays: Int, customerLanguage: String,
    customerCountry: String, entries: [CaseEntry], disputes: [DisputeSpan], outcome: CaseOutcome,
    claimDeadlineDay: Int? = nil
  ) {
    self.scenarioID = scenarioID
    self.seed = seed
    self.asOf = asOf
    self.caseDays = caseDays
    self.customerLanguage = customerLanguage
    self.customerCountry = customerCountry
    self.entries = entries
    self.disputes = disputes
    self.outcome = outcome
    self.claimDeadlineDay = claimDeadlineDay
  }
}

/// When a dispute was logged and resolved (case days), for the `dispute_overdue` event.
public struct DisputeSpan: Sendable, Hashable {
  /// Disputed invoice.
  public var invoice: String
  /// Day the trainee logged it (or it was logged before the case).
  public var loggedDay: Int?
  /// Day the resolver decided, if within the case.
  public var resolvedDay: Int?
}

/// Money received during the case.
public struct PaymentRecord: Sendable, Hashable {
  /// Case day.
  public var day: Int
  /// Invoice it went to; nil for unapplied cash.
  public var invoice: String?
  /// Amount.
  public var amount: Money
}

extension CaseSimulation {
  func record() -> CaseRecord {
    CaseRecord(
      scenarioID: scenario.id, seed: account.seed, asOf: account.asOf, caseDays: lastDay,
      customerLanguage: account.customer.language, customerCountry: account.customer.country.rawValue,
      entries: entries,
      disputes: ledger.disputes.map {
        DisputeSpan(invoice: $0.invoice, loggedDay: $0.loggedDay, resolvedDay: $0.resolvedDay)
      },
      outcome: outcome(), claimDeadlineDay: claimDeadlineDay)
  }

  func outcome() -> CaseOutcome {
    let evaluated = ledger.promises.filter { $0.status != .open && $0.status != .withdrawn }
    var due = ledger.zero
    if insolvencyDay == nil {
      for item in ledger.items where item.settledDay != nil && !ledger.isDisputed(item.number) {
        due += interestDue(on: [item.number])
      }
    }
    return CaseOutcome(
      cashCollected: payments.reduce(ledger.zero) { $0 + $1.amount },
      interestDue: due, interestClaimed: claimedInterest, insolvencyClaimFiled: claimFiled,
      daysToResolution: resolutionDay, promisesKept: evaluated.filter { $0.status == .kept }.count,
      promisesEvaluated: evaluated.count, openAtEnd: ledger.openAmount(of: ledger.openNumbers()))
  }
}
