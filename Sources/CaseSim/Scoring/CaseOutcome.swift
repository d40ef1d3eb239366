import CivilCalendar

/// The figures beside the process score: what the work achieved.
public struct CaseOutcome: Sendable, Hashable {
  /// Money received during the case (payments and unapplied cash).
  public var cashCollected: Money
  /// Statutory interest plus EUR 40 per invoice that became due on invoices paid late during
  /// the case (Spanish customers, not disputed, no insolvency; `LateInterestCalculator`): on
  /// the full amount from the original due date once a dispute is rejected, around part
  /// payments, never on a credited part.
  public var interestDue: Money
  /// What the trainee claimed with `claim_late_interest`.
  public var interestClaimed: Money
  /// Amount lodged with the insolvency administrator, if any.
  public var insolvencyClaimFiled: Money?
  /// First case day with nothing overdue; nil when that never happened.
  public var daysToResolution: Int?
  /// Promises kept in full.
  public var promisesKept: Int
  /// Promises evaluated (kept, partially kept or broken).
  public var promisesEvaluated: Int
  /// Open balance on the last day.
  public var openAtEnd: Money

  /// The figures as report lines in `feedback`'s language, amounts in its number format.
  public func lines(in feedback: Feedback) -> [String] {
    var lines = [
      feedback("outcome.cash_collected", ["amount": cashCollected.text(in: feedback)]),
      feedback(
        "outcome.interest",
        ["due": interestDue.text(in: feedback), "claimed": interestClaimed.text(in: feedback)]),
    ]
    if let filed = insolvencyClaimFiled {
      lines.append(feedback("outcome.insolvency_claim", ["amount": filed.text(in: feedback)]))
    }
    lines.append(
      feedback(
        "outcome.days_to_resolution",
        ["days": daysToResolution.map(String.init) ?? feedback("outcome.not_resolved")]))
    lines.append(
      feedback("outcome.promises", ["kept": String(promisesKept), "evaluated": String(promisesEvaluated)]))
    lines.append(feedback("outcome.open_at_end", ["amount": openAtEnd.text(in: feedback)]))
    return lines
  }

  /// The statutory claim (interest + fixed compensation) on one invoice; zero outside Spain's
  /// table or when the calculator refuses the input.
  static func lateClaim(
    amount: Money, dueDate: CivilDate, paidOn: CivilDate, payments: [PartPayment] = [], disputed: Money,
    insolvency: CivilDate?, country: String
  ) -> Money {
    guard paidOn > dueDate, amount.minorUnits > 0, let rates = bundledRates else {
      return Money.zero(amount.currency)
    }
    let calculator = LateInterestCalculator(rates: rates, country: country)
    let claim = try? calculator.claim(
      amount: amount, dueDate: dueDate, paidOn: paidOn, disputedAmount: min(disputed, amount),
      insolvencyDeclared: insolvency, payments: payments)
    return claim?.total ?? Money.zero(amount.currency)
  }

  /// Loaded once: the rate table ships as a bundled resource.
  private static let bundledRates: LateInterestRates? = try? LateInterestRates.bundled()
}
