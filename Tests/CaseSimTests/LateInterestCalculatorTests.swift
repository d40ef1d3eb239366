import Testing

@testable import CaseSim

/// Every figure below was worked out by hand first; the comment shows the sum.
/// Convention: days late = paid - due; interest accrues from due + 1 through paid inclusive;
/// cents = amountCents x basisPoints x days / (10,000 x 365), rounded half-up per period.
@Suite struct LateInterestCalculatorTests {
  let calculator: LateInterestCalculator

  init() throws {
    calculator = LateInterestCalculator(rates: try LateInterestRates.bundled())
  }

  @Test func tenThousandEurosFortySixDaysLateInEarly2024() throws {
    // Jan 16..31 = 16 days + Feb = 29 (leap year) + Mar 1 = 1 -> 46 days, all in 2024-H1 (12.50 %).
    // 10,000.00 x 0.125 x 46 / 365 = 157.5342... -> 157.53; plus EUR 40 = 197.53.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"))
    #expect(claim.daysLate == 46)
    #expect(claim.periods.map(\.days) == [46])
    #expect(claim.periods.first?.from.iso == "2024-01-16")
    #expect(claim.periods.first?.to.iso == "2024-03-01")
    #expect(claim.periods.first?.ratePercentText == "12.50")
    #expect(claim.interest == (try eur("157.53")))
    #expect(claim.compensation == (try eur("40.00")))
    #expect(claim.total == (try eur("197.53")))
    #expect(claim.notes.isEmpty)
  }

  @Test func aDelayAcrossNewYearUsesEachHalfYearsRate() throws {
    // Due 2023-12-20, paid 2024-01-10: 21 days late.
    // 2023-H2 (12.00 %): Dec 21..31 = 11 days: 10,000 x 0.12 x 11/365 = 36.1643 -> 36.16.
    // 2024-H1 (12.50 %): Jan 1..10 = 10 days: 10,000 x 0.125 x 10/365 = 34.2465 -> 34.25.
    // Interest 70.41; with EUR 40, 110.41.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2023-12-20"), paidOn: try date("2024-01-10"))
    #expect(claim.daysLate == 21)
    #expect(
      claim.periods.map {
        "\($0.from)..\($0.to) \($0.days)d \($0.ratePercentText)% \($0.interest.decimalString)"
      } == [
        "2023-12-21..2023-12-31 11d 12.00% 36.16", "2024-01-01..2024-01-10 10d 12.50% 34.25",
      ])
    #expect(claim.interest == (try eur("70.41")))
    #expect(claim.total == (try eur("110.41")))
  }

  @Test func aLongDelaySpansFourHalfYearsAndCountsTheLeapDay() throws {
    // Due 2023-05-31, paid 2024-08-01 on EUR 1,000.00: 428 days late.
    // 2023-H1 10.50 % x 30 d (Jun)            = 1000 x 0.105 x 30/365  = 8.6301  -> 8.63
    // 2023-H2 12.00 % x 184 d (Jul..Dec)      = 1000 x 0.12 x 184/365  = 60.4931 -> 60.49
    // 2024-H1 12.50 % x 182 d (Feb has 29)    = 1000 x 0.125 x 182/365 = 62.3288 -> 62.33
    // 2024-H2 12.25 % x 32 d (Jul 1..Aug 1)   = 1000 x 0.1225 x 32/365 = 10.7397 -> 10.74
    // Actual/365 fixed: the leap year's days are still divided by 365. Interest = 142.19.
    let claim = try calculator.claim(
      amount: try eur("1000.00"), dueDate: try date("2023-05-31"), paidOn: try date("2024-08-01"))
    #expect(claim.daysLate == 428)
    #expect(claim.periods.map(\.days) == [30, 184, 182, 32])
    #expect(claim.accruedDays == claim.daysLate)
    #expect(claim.periods.map(\.interest.decimalString) == ["8.63", "60.49", "62.33", "10.74"])
    #expect(claim.interest == (try eur("142.19")))
  }

  @Test func roundsHalfACentUp() throws {
    // EUR 14.60 one day late at 12.50 %: 1460 x 1250 x 1 / 3,650,000 = 0.5 cent exactly.
    // Half-up gives 0.01 (banker's rounding would give 0.00).
    let claim = try calculator.claim(
      amount: try eur("14.60"), dueDate: try date("2024-01-15"), paidOn: try date("2024-01-16"))
    #expect(claim.interest == (try eur("0.01")))
    #expect(LateInterestCalculator.interest(minorUnits: 1459, basisPoints: 1250, days: 1) == 0)
    #expect(LateInterestCalculator.interest(minorUnits: 4380, basisPoints: 1250, days: 1) == 2)  // 1.5 -> 2
  }

  @Test func excludesTheDisputedPart() throws {
    // 2,500.00 of 10,000.00 disputed: interest on 7,500.00 for 46 days at 12.50 %:
    // 7,500 x 0.125 x 46 / 365 = 118.1507 -> 118.15; the EUR 40 is still due on the late invoice.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      disputedAmount: try eur("2500.00"))
    #expect(claim.interestBearingAmount == (try eur("7500.00")))
    #expect(claim.interest == (try eur("118.15")))
    #expect(claim.total == (try eur("158.15")))
    #expect(claim.notes == ["EUR 2500.00 under dispute excluded: interest on EUR 7500.00 only"])
  }

  @Test func aWhollyDisputedInvoiceEarnsNothing() throws {
    let claim = try calculator.claim(
      amount: try eur("800.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      disputedAmount: try eur("800.00"))
    #expect(claim.periods.isEmpty)
    #expect(claim.total.isZero)
    #expect(claim.notes == ["the whole amount is under dispute: no interest and no fixed compensation"])
  }

  @Test func insolvencyStopsInterestOnTheDeclaration() throws {
    // Declared 2024-02-01: interest runs Jan 16..31 = 16 days: 10,000 x 0.125 x 16/365 = 54.7945
    // -> 54.79. The debtor was already late before the declaration, so the EUR 40 stands: 94.79.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      insolvencyDeclared: try date("2024-02-01"))
    #expect(claim.daysLate == 46)
    #expect(claim.accruedDays == 16)
    #expect(claim.periods.last?.to.iso == "2024-01-31")
    #expect(claim.interest == (try eur("54.79")))
    #expect(claim.total == (try eur("94.79")))
    #expect(
      claim.notes == [
        "insolvency declared 2024-02-01: interest stops on the declaration, accrued to 2024-01-31"
      ])
  }

  @Test(arguments: ["2024-01-10", "2024-01-15"])
  func insolvencyOnOrBeforeTheDueDateLeavesNothingToClaim(declared: String) throws {
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      insolvencyDeclared: try date(declared))
    #expect(claim.periods.isEmpty)
    #expect(claim.compensation.isZero)
    #expect(claim.total.isZero)
    #expect(
      claim.notes.first?.hasPrefix("insolvency declared \(declared), on or before the due date") == true)
  }

  @Test func insolvencyAfterPaymentChangesNothing() throws {
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      insolvencyDeclared: try date("2024-03-02"))
    #expect(claim.total == (try eur("197.53")))
    #expect(claim.notes.isEmpty)
  }

  @Test(arguments: [("2024-01-15", 0), ("2024-01-10", -5)])
  func paymentOnOrBeforeTheDueDateOwesNothing(paid: String, daysLate: Int) throws {
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date(paid))
    #expect(claim.daysLate == daysLate)
    #expect(claim.total.isZero)
    #expect(!claim.isClaimable)
    #expect(claim.notes == ["paid on or before the due date: nothing is due"])
  }

  @Test func oneDayLateIsEnoughForTheFortyEuros() throws {
    // EUR 100.00 one day at 12.50 %: 100 x 0.125 / 365 = 0.0342 -> 0.03.
    let claim = try calculator.claim(
      amount: try eur("100.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-01-16"))
    #expect(claim.interest == (try eur("0.03")))
    #expect(claim.total == (try eur("40.03")))
  }

  @Test func aHalfYearMissingFromTheTableIsAnError() throws {
    #expect(
      throws: FinanceError.missingRate(country: "ES", halfYear: try #require(HalfYear(text: "2012-H2")))
    ) {
      try calculator.claim(
        amount: try eur("100.00"), dueDate: try date("2012-12-20"), paidOn: try date("2013-01-10"))
    }
    let germany = LateInterestCalculator(rates: try LateInterestRates.bundled(), country: "DE")
    #expect(
      throws: FinanceError.missingRate(country: "DE", halfYear: try #require(HalfYear(text: "2012-H2")))
    ) {
      try germany.claim(
        amount: try eur("100.00"), dueDate: try date("2012-10-15"), paidOn: try date("2012-11-01"))
    }
  }

  @Test func rejectsInconsistentAmounts() throws {
    let due = try date("2024-01-15")
    let paid = try date("2024-03-01")
    #expect(
      throws: FinanceError.invalidAmount(field: "amount", reason: "must be greater than zero, got EUR 0.00")
    ) {
      try calculator.claim(amount: .zero(), dueDate: due, paidOn: paid)
    }
    #expect(throws: FinanceError.self) {
      try calculator.claim(
        amount: try eur("10.00"), dueDate: due, paidOn: paid, disputedAmount: try eur("10.01"))
    }
    #expect(throws: FinanceError.self) {
      try calculator.claim(
        amount: try eur("10.00"), dueDate: due, paidOn: paid, disputedAmount: try eur("-1.00"))
    }
    #expect(throws: FinanceError.currencyMismatch(field: "amount", expected: "EUR", found: "USD")) {
      try calculator.claim(amount: Money(minorUnits: 1000, currency: "USD"), dueDate: due, paidOn: paid)
    }
    #expect(throws: FinanceError.overflow(field: "amount")) {
      try calculator.claim(amount: Money(minorUnits: Int64.max / 2), dueDate: due, paidOn: paid)
    }
  }

  /// COL-010's worked examples (both languages) must be what the tool computes, to the cent.
  @Test func theSOPsWorkedExamplesAreWhatTheToolComputes() throws {
    // Two half-years: 46 d at 11.15 % = 170.0299 -> 170.03, 35 d at 10.15 % = 117.7678 -> 117.77.
    let twoHalves = try calculator.claim(
      amount: try eur("12100.00"), dueDate: try date("2025-05-15"), paidOn: try date("2025-08-04"))
    #expect(twoHalves.periods.map(\.interest.decimalString) == ["170.03", "117.77"])
    #expect(twoHalves.total == (try eur("327.80")))
    // Part payment: 30 d on 8,470.00 = 77.6223 -> 77.62, 30 d on 4,470.00 = 40.9648 -> 40.96.
    let partPaid = try calculator.claim(
      amount: try eur("8470.00"), dueDate: try date("2025-03-10"), paidOn: try date("2025-05-09"),
      payments: [PartPayment(date: try date("2025-04-09"), amount: try eur("4000.00"))])
    #expect(partPaid.periods.map(\.interest.decimalString) == ["77.62", "40.96"])
    #expect(partPaid.total == (try eur("158.58")))
    // Disputed part credited: 32 d on 4,200.00 at 10.15 % = 37.3742 -> 37.37, plus EUR 40.
    let credited = try calculator.claim(
      amount: try eur("4200.00"), dueDate: try date("2025-11-20"), paidOn: try date("2025-12-22"))
    #expect(credited.total == (try eur("77.37")))
  }
}
