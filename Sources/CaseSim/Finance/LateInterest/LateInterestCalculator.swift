/// Computes the statutory late-payment claim on one invoice: simple interest per calendar
/// half-year plus the fixed compensation for recovery costs.
///
/// Rules (sources in `docs/finance-rules.md`):
/// - Interest accrues automatically from the day after the due date up to and including the
///   payment date (Ley 3/2004 art. 5; Directive 2011/7/EU art. 3): `daysLate = paidOn - dueDate`.
/// - Simple interest, day count actual/365 fixed: actual days, always over 365, leap years
///   included (the law fixes none; ERPNext does the same).
/// - Each calendar half-year's days use that half-year's rate (interpretation of art. 7.2).
/// - Each period is rounded half-up to the cent (commercial rounding, as Regulation (EC)
///   1103/97 art. 5 rounds euro amounts); the interest is the sum of the rounded periods.
/// - Fixed compensation (EUR 40) once per late invoice (Ley 3/2004 art. 8; STS 612/2021).
/// - Nothing on the disputed part (interpretation of arts. 6 and 8); no compensation when the
///   whole invoice is disputed.
/// - Insolvency (TRLC art. 152): interest stops on the declaration, so the last accruing day
///   is the day before it; declared on or before the due date: no interest and no EUR 40.
public struct LateInterestCalculator: Sendable {
  /// Days in the day-count denominator (actual/365 fixed).
  public static let dayCountBasis: Int64 = 365

  /// The rate table.
  public let rates: LateInterestRates
  /// Country whose schedule applies.
  public let country: String

  /// Creates a calculator for `country`'s rules.
  public init(rates: LateInterestRates, country: String = "ES") {
    self.rates = rates
    self.country = country
  }

  /// The claim for `amount` due on `dueDate` and paid on `paidOn`.
  public func claim(
    amount: Money, dueDate: CivilDate, paidOn: CivilDate, disputedAmount: Money = .zero(),
    insolvencyDeclared: CivilDate? = nil
  ) throws -> LateInterestClaim {
    let schedule = try rates.schedule(country: country)
    let disputed = disputedAmount.isZero ? Money.zero(amount.currency) : disputedAmount
    try check(amount: amount, disputed: disputed, currency: schedule.currency)
    let base = amount - disputed
    let daysLate = dueDate.days(until: paidOn)
    var notes: [String] = []
    var lastAccruing = paidOn
    var compensationDue = daysLate > 0 && base.minorUnits > 0
    if daysLate <= 0 {
      notes.append("paid on or before the due date: nothing is due")
    } else if base.minorUnits == 0 {
      notes.append("the whole amount is under dispute: no interest and no fixed compensation")
    } else if !disputed.isZero {
      notes.append("\(disputed) under dispute excluded: interest on \(base) only")
    }
    if let declared = insolvencyDeclared, daysLate > 0, declared <= paidOn {
      if declared <= dueDate {
        compensationDue = false
        notes.append(
          "insolvency declared \(declared), on or before the due date: no interest and no fixed "
            + "compensation; lodge the claim with the insolvency administrator")
      } else {
        notes.append(
          "insolvency declared \(declared): interest stops on the declaration, accrued to \(declared.adding(days: -1))"
        )
      }
      lastAccruing = declared.adding(days: -1)
    }
    let periods =
      base.minorUnits > 0
      ? try periods(on: base, from: dueDate.adding(days: 1), through: lastAccruing, schedule: schedule) : []
    let interest = periods.reduce(Money.zero(amount.currency)) { $0 + $1.interest }
    return LateInterestClaim(
      country: country, amount: amount, disputedAmount: disputed, interestBearingAmount: base,
      dueDate: dueDate, paidOn: paidOn, daysLate: daysLate, periods: periods, interest: interest,
      compensation: compensationDue ? schedule.compensation(for: amount) : .zero(amount.currency),
      notes: notes)
  }

  /// Interest in minor units on `minorUnits` at `basisPoints` per year for `days`, simple,
  /// actual/365, rounded half-up to the minor unit; nil on 64-bit overflow.
  public static func interest(minorUnits: Int64, basisPoints: Int, days: Int) -> Int64? {
    let (partial, overflow1) = minorUnits.multipliedReportingOverflow(by: Int64(basisPoints))
    let (numerator, overflow2) = partial.multipliedReportingOverflow(by: Int64(days))
    guard !overflow1, !overflow2, numerator >= 0 else { return nil }
    let denominator = 10_000 * dayCountBasis
    return (numerator + denominator / 2) / denominator
  }

  /// One period per calendar half-year between `first` and `last`, both inclusive, split again
  /// where the rate changes inside a half-year (Spain, 24 February 2013). A half-year the table
  /// lacks, or holds only as unconfirmed, is an error naming it: never a guessed rate.
  private func periods(
    on base: Money, from first: CivilDate, through last: CivilDate, schedule: LateInterestSchedule
  ) throws -> [LateInterestClaim.Period] {
    var periods: [LateInterestClaim.Period] = []
    var start = first
    while start <= last {
      let halfYear = HalfYear(containing: start)
      var end = min(halfYear.lastDay, last)
      if let change = schedule.nextChange(after: start), change <= end { end = change.adding(days: -1) }
      let rate = try schedule.requireRate(on: start)
      let days = start.days(until: end) + 1
      guard let cents = Self.interest(minorUnits: base.minorUnits, basisPoints: rate.basisPoints, days: days)
      else { throw FinanceError.overflow(field: "amount") }
      periods.append(
        .init(
          from: start, to: end, days: days, rateBasisPoints: rate.basisPoints,
          interest: Money(minorUnits: cents, currency: base.currency)))
      start = end.adding(days: 1)
    }
    return periods
  }

  private func check(amount: Money, disputed: Money, currency: String) throws {
    guard amount.currency == currency else {
      throw FinanceError.currencyMismatch(field: "amount", expected: currency, found: amount.currency)
    }
    guard disputed.currency == currency else {
      throw FinanceError.currencyMismatch(
        field: "disputed amount", expected: currency, found: disputed.currency)
    }
    guard amount.minorUnits > 0 else {
      throw FinanceError.invalidAmount(field: "amount", reason: "must be greater than zero, got \(amount)")
    }
    guard disputed.minorUnits >= 0, disputed <= amount else {
      throw FinanceError.invalidAmount(
        field: "disputed amount",
        reason: "must be between 0 and the invoice amount \(amount), got \(disputed)")
    }
  }
}
