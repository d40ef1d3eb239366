import CivilCalendar

/// Computes the statutory late-payment claim on one invoice: simple interest per calendar
/// half-year plus the fixed compensation for recovery costs.
///
/// Rules (sources in `docs/finance-rules.md`):
/// - Interest accrues automatically from the day after the due date up to and including the
///   payment date (Ley 3/2004 art. 5; Directive 2011/7/EU art. 3): `daysLate = paidOn - dueDate`.
/// - Simple interest, day count actual/365 fixed: actual days, always over 365, leap years
///   included (the law fixes none; ERPNext does the same).
/// - Each calendar half-year's days use that half-year's rate (interpretation of art. 7.2);
///   where the country fixes one rate for the whole delay (GB), the rate of the half-year in
///   which interest starts to run applies throughout (`rateFixedAtStart`).
/// - Each period is rounded half-up to the cent (commercial rounding, as Regulation (EC)
///   1103/97 art. 5 rounds euro amounts); the interest is the sum of the rounded periods. A
///   period ends at a half-year's end, a rate change or a part payment.
/// - A part payment received before `paidOn` reduces the principal from the next day; its own
///   day still accrues on the old principal. By default it is applied to the principal, as the
///   ledger applied it to the invoice (Civil Code art. 1172); `.interestFirst` applies it to
///   the interest accrued to its date first (art. 1173). Simple interest: unpaid interest
///   earns none (art. 1109 needs a court claim). `paidOn` is the day the principal still
///   outstanding was paid.
/// - A contractual rate, where agreed, replaces the statutory one for every period (Ley 3/2004
///   art. 7.1; a rate grossly unfair to the creditor is void, art. 9).
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
    insolvencyDeclared: CivilDate? = nil, payments: [PartPayment] = [],
    application: PaymentApplication = .principalFirst, contractRateBasisPoints: Int? = nil
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
    if let contractRateBasisPoints {
      notes.append(
        "contractual rate \(LateInterestRate.percentText(basisPoints: contractRateBasisPoints))% applied")
    }
    // One rate for the whole delay: the contract's, or (GB) the one in force when it began.
    let firstDay = dueDate.adding(days: 1)
    let fixedRate: Int? =
      try contractRateBasisPoints
      ?? (schedule.rateFixedAtStart && base.minorUnits > 0 && firstDay <= lastAccruing
        ? schedule.requireRate(on: firstDay).basisPoints : nil)
    if schedule.rateFixedAtStart, contractRateBasisPoints == nil, let fixedRate {
      notes.append(
        "rate \(LateInterestRate.percentText(basisPoints: fixedRate))% fixed for the whole delay: the one in "
          + "force when interest began (\(HalfYear(containing: firstDay)))")
    }
    var periods: [LateInterestClaim.Period] = []
    var applied: [AppliedPayment] = []
    var principal = base
    var accruedUnpaid = Money.zero(amount.currency)
    var start = firstDay
    let zero = Money.zero(amount.currency)
    for payment in try sorted(payments, dueDate: dueDate, paidOn: paidOn, currency: amount.currency) {
      // The payment's own day still accrues on the old principal; the new one runs from the next.
      let through = min(payment.date, lastAccruing)
      if principal.minorUnits > 0, start <= through {
        let more = try self.periods(
          on: principal, from: start, through: through, schedule: schedule,
          fixedRate: fixedRate)
        periods += more
        accruedUnpaid = more.reduce(accruedUnpaid) { $0 + $1.interest }
        start = through.adding(days: 1)
      }
      let toInterest: Money
      let toPrincipal: Money
      switch application {
      case .interestFirst:
        toInterest = min(payment.amount, accruedUnpaid)
        toPrincipal = min(payment.amount - toInterest, principal)
      case .principalFirst:
        toPrincipal = min(payment.amount, principal)
        toInterest = min(payment.amount - toPrincipal, accruedUnpaid)
      }
      guard toInterest + toPrincipal == payment.amount else {
        throw FinanceError.invalidAmount(
          field: "payment",
          reason:
            "\(payment.amount) on \(payment.date) is more than the \(principal + accruedUnpaid) still owed; "
            + "a payment that settles the invoice is its payment date")
      }
      principal = principal - toPrincipal
      accruedUnpaid = accruedUnpaid - toInterest
      applied.append(
        AppliedPayment(
          payment: payment, toInterest: toInterest, toPrincipal: toPrincipal, principalAfter: principal))
      if principal.isZero {
        notes.append("the part payments settled the principal on \(payment.date): interest stops there")
      }
    }
    if principal.minorUnits > 0, start <= lastAccruing {
      periods += try self.periods(
        on: principal, from: start, through: lastAccruing, schedule: schedule,
        fixedRate: fixedRate)
    }
    if application == .interestFirst, !applied.isEmpty {
      notes.append("part payments applied to the interest accrued first (Civil Code art. 1173)")
    }
    let interest = periods.reduce(zero) { $0 + $1.interest }
    return LateInterestClaim(
      country: country, amount: amount, disputedAmount: disputed, interestBearingAmount: base,
      dueDate: dueDate, paidOn: paidOn, daysLate: daysLate, periods: periods, interest: interest,
      compensation: compensationDue ? schedule.compensation(for: amount) : zero,
      notes: notes, payments: applied, contractRateBasisPoints: contractRateBasisPoints)
  }

  /// The part payments in date order, each in the invoice's currency, after the due date
  /// (an earlier one is a smaller invoice, not a part payment) and before the payment date.
  private func sorted(_ payments: [PartPayment], dueDate: CivilDate, paidOn: CivilDate, currency: String)
    throws -> [PartPayment]
  {
    for payment in payments {
      guard payment.amount.currency == currency else {
        throw FinanceError.currencyMismatch(
          field: "payment", expected: currency, found: payment.amount.currency)
      }
      guard payment.date > dueDate else {
        throw FinanceError.invalidAmount(
          field: "payment",
          reason: "\(payment.amount) on \(payment.date) is not late (due \(dueDate)): leave it out and give "
            + "only what was still owed after it as the amount")
      }
      guard payment.date < paidOn else {
        throw FinanceError.invalidAmount(
          field: "payment",
          reason:
            "\(payment.amount) on \(payment.date) is not before the payment date \(paidOn): the payment "
            + "that settled the invoice is the payment date, and nothing is received after it")
      }
    }
    return payments.sorted { $0.date < $1.date }
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
    on base: Money, from first: CivilDate, through last: CivilDate, schedule: LateInterestSchedule,
    fixedRate: Int?
  ) throws -> [LateInterestClaim.Period] {
    var periods: [LateInterestClaim.Period] = []
    var start = first
    while start <= last {
      let halfYear = HalfYear(containing: start)
      var end = min(halfYear.lastDay, last)
      if let change = schedule.nextChange(after: start), change <= end { end = change.adding(days: -1) }
      let basisPoints = try fixedRate ?? schedule.requireRate(on: start).basisPoints
      let days = start.days(until: end) + 1
      guard let cents = Self.interest(minorUnits: base.minorUnits, basisPoints: basisPoints, days: days)
      else { throw FinanceError.overflow(field: "amount") }
      periods.append(
        .init(
          from: start, to: end, days: days, rateBasisPoints: basisPoints,
          interest: Money(minorUnits: cents, currency: base.currency), principal: base))
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
