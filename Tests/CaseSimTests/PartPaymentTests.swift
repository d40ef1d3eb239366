import Testing

@testable import CaseSim

/// Part payments and contractual rates, worked by hand first (cents = principal x basis
/// points x days / 3,650,000, half-up per period; a period ends at a half-year's end or at a
/// part payment, whose own day still accrues on the principal before it).
@Suite struct PartPaymentTests {
  let calculator: LateInterestCalculator

  init() throws {
    calculator = LateInterestCalculator(rates: try LateInterestRates.bundled())
  }

  @Test func aPartPaymentCoversTheAccruedInterestFirst() throws {
    // EUR 10,000.00 due 2024-01-15; EUR 5,000.00 received 2024-02-01; the rest paid 2024-03-01.
    // Jan 16..Feb 1 = 17 d on 10,000.00 at 12.50 %: 1,000,000 x 1250 x 17 / 3,650,000 = 5821.9 -> 58.22.
    // The 5,000.00 pays those 58.22 first (Civil Code art. 1173), 4,941.78 to the principal: 5,058.22 left.
    // Feb 2..Mar 1 = 29 d (leap February) on 5,058.22: 505,822 x 1250 x 29 / 3,650,000 = 5023.6 -> 50.24.
    // Accrued 108.46, paid 58.22, still due 50.24 + EUR 40 (once for the invoice) = 90.24.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      payments: [PartPayment(date: try date("2024-02-01"), amount: try eur("5000.00"))],
      application: .interestFirst)
    #expect(
      claim.periods.map {
        "\($0.from)..\($0.to) \($0.days)d \($0.principal?.decimalString ?? "-") \($0.interest.decimalString)"
      }
        == ["2024-01-16..2024-02-01 17d 10000.00 58.22", "2024-02-02..2024-03-01 29d 5058.22 50.24"])
    let applied = try #require(claim.payments.first)
    #expect(applied.toInterest == (try eur("58.22")))
    #expect(applied.toPrincipal == (try eur("4941.78")))
    #expect(applied.principalAfter == (try eur("5058.22")))
    #expect(claim.interest == (try eur("108.46")))
    #expect(claim.interestPaid == (try eur("58.22")))
    #expect(claim.compensation == (try eur("40.00")))
    #expect(claim.total == (try eur("90.24")))
  }

  @Test func principalFirstAsTheLedgerPostedItIsTheDefault() throws {
    // Same invoice; the whole 5,000.00 reduces the principal (CC art. 1172). Feb 2..Mar 1 = 29 d on 5,000.00:
    // 500,000 x 1250 x 29 / 3,650,000 = 4965.8 -> 49.66. Interest 58.22 + 49.66 = 107.88, none
    // of it paid yet: 107.88 + 40 = 147.88.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      payments: [PartPayment(date: try date("2024-02-01"), amount: try eur("5000.00"))])
    #expect(claim.payments.first?.principalAfter == (try eur("5000.00")))
    #expect(claim.periods.map(\.interest.decimalString) == ["58.22", "49.66"])
    #expect(claim.interestPaid.isZero)
    #expect(claim.total == (try eur("147.88")))
    #expect(claim.notes.isEmpty)
  }

  @Test func twoPartPaymentsAcrossAHalfYearEnd() throws {
    // EUR 20,000.00 due 2024-05-31; 8,000.00 on 2024-06-30, 6,000.00 on 2024-08-15, the rest 2024-09-30.
    // Jun 1..30 = 30 d on 20,000.00 at 12.50 %: 2,000,000 x 1250 x 30 / 3,650,000 = 20547.9 -> 205.48;
    //   8,000.00 - 205.48 = 7,794.52 to principal: 12,205.48 left.
    // Jul 1..Aug 15 = 46 d on 12,205.48 at 12.25 % (2024-H2): 1,220,548 x 1225 x 46 / 3,650,000
    //   = 18843.1 -> 188.43; 6,000.00 - 188.43 = 5,811.57 to principal: 6,393.91 left.
    // Aug 16..Sep 30 = 46 d on 6,393.91 at 12.25 %: 639,391 x 1225 x 46 / 3,650,000 = 9870.9 -> 98.71.
    // Accrued 492.62, paid 393.91, due 98.71 + 40 = 138.71.
    let claim = try calculator.claim(
      amount: try eur("20000.00"), dueDate: try date("2024-05-31"), paidOn: try date("2024-09-30"),
      payments: [
        PartPayment(date: try date("2024-08-15"), amount: try eur("6000.00")),
        PartPayment(date: try date("2024-06-30"), amount: try eur("8000.00")),
      ], application: .interestFirst)
    #expect(
      claim.periods.map { "\($0.from)..\($0.to) \($0.ratePercentText)% \($0.interest.decimalString)" } == [
        "2024-06-01..2024-06-30 12.50% 205.48", "2024-07-01..2024-08-15 12.25% 188.43",
        "2024-08-16..2024-09-30 12.25% 98.71",
      ])
    #expect(claim.payments.map(\.payment.date.iso) == ["2024-06-30", "2024-08-15"])
    #expect(claim.payments.map(\.principalAfter.decimalString) == ["12205.48", "6393.91"])
    #expect(claim.interest == (try eur("492.62")))
    #expect(claim.interestPaid == (try eur("393.91")))
    #expect(claim.total == (try eur("138.71")))
    #expect(claim.accruedDays == claim.daysLate)
  }

  @Test func aPaymentThatClearsThePrincipalStopsTheInterest() throws {
    // 10,058.22 on 2024-02-01 pays the 58.22 accrued and the whole 10,000.00: nothing more
    // accrues, the interest is paid, the EUR 40 is still owed.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
      payments: [PartPayment(date: try date("2024-02-01"), amount: try eur("10058.22"))],
      application: .interestFirst)
    #expect(claim.periods.count == 1)
    #expect(claim.payments.first?.principalAfter.isZero == true)
    #expect(claim.total == (try eur("40.00")))
  }

  @Test func aContractRateReplacesTheStatutoryOneEvenWhereTheTableHasNone() throws {
    // 9.50 % agreed; due 2026-06-15, paid 2026-07-15: Jun 16..30 = 15 d and Jul 1..15 = 15 d,
    // each 1,000,000 x 950 x 15 / 3,650,000 = 3904.1 -> 39.04; 78.08 + 40 = 118.08. The
    // statutory 2026-H2 rate is not confirmed, and is not needed.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2026-06-15"), paidOn: try date("2026-07-15"),
      contractRateBasisPoints: 950)
    #expect(claim.periods.map(\.ratePercentText) == ["9.50", "9.50"])
    #expect(claim.interest == (try eur("78.08")))
    #expect(claim.total == (try eur("118.08")))
    #expect(claim.notes == ["contractual rate 9.50% applied"])
  }

  @Test func refusesPaymentsOutsideTheDelayOrAboveWhatIsOwed() throws {
    let due = try date("2024-01-15")
    let paid = try date("2024-03-01")
    for day in ["2024-01-15", "2024-01-10", "2024-03-01", "2024-03-05"] {
      #expect(throws: FinanceError.self, "a payment on \(day)") {
        try calculator.claim(
          amount: try eur("10000.00"), dueDate: due, paidOn: paid,
          payments: [PartPayment(date: try date(day), amount: try eur("100.00"))])
      }
    }
    // 58.22 interest + 10,000.00 principal is all that is owed on 1 February, either way round.
    for application in PaymentApplication.allCases {
      #expect(throws: FinanceError.self, "\(application)") {
        try calculator.claim(
          amount: try eur("10000.00"), dueDate: due, paidOn: paid,
          payments: [PartPayment(date: try date("2024-02-01"), amount: try eur("10058.23"))],
          application: application)
      }
    }
    #expect(throws: FinanceError.currencyMismatch(field: "payment", expected: "EUR", found: "GBP")) {
      try calculator.claim(
        amount: try eur("10000.00"), dueDate: due, paidOn: paid,
        payments: [PartPayment(date: try date("2024-02-01"), amount: Money(minorUnits: 100, currency: "GBP"))]
      )
    }
  }

  @Test func parsesDateColonAmount() throws {
    #expect(
      PartPayment(text: "2024-02-01:2500.00")
        == PartPayment(date: try date("2024-02-01"), amount: try eur("2500.00")))
    for bad in [
      "2024-02-01", "2024-02-01:", ":10.00", "2024-02-30:10.00", "2024-02-01:0.00", "2024-02-01:-5.00",
      "2024-02-01:1.234", "2024-02-01:10.00:1",
    ] {
      #expect(PartPayment(text: bad) == nil, "\(bad)")
    }
  }
}
