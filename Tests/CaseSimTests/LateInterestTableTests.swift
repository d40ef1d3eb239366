import Foundation
import Testing

@testable import CaseSim

/// The bundled tables: reach for every country the generator produces, a rate change inside
/// a half-year, a half-year whose figure is not confirmed, and the other countries' rules. Figures worked by hand as in `LateInterestCalculatorTests`.
@Suite struct LateInterestTableTests {
  let calculator: LateInterestCalculator

  init() throws {
    calculator = LateInterestCalculator(rates: try LateInterestRates.bundled())
  }

  /// Fails on the first day of a half-year the bundled table does not hold (confirmed, or
  /// named as unconfirmed with its reason), so the table is kept current with each release.
  @Test(arguments: Country.allCases)
  func theTableHoldsEveryHalfYearFrom2013ToToday(country: Country) throws {
    let schedule = try LateInterestRates.bundled().schedule(country: country.rawValue)
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = try #require(TimeZone(identifier: "UTC"))
    let now = utc.dateComponents([.year, .month, .day], from: Date())
    let today = try date(
      String(format: "%04d-%02d-%02d", now.year ?? 0, now.month ?? 0, now.day ?? 0))
    var halfYear = try #require(HalfYear(year: 2013, half: 1))
    var missing: [String] = []
    while halfYear <= HalfYear(containing: today) {
      if !schedule.holds(halfYear) { missing.append(halfYear.description) }
      halfYear = halfYear.next
    }
    #expect(missing.isEmpty, "add these \(country) half-years to late-interest-rates.yaml: \(missing)")
  }

  @Test func theRateChangesOn24February2013() throws {
    // Due 2013-02-14, paid 2013-03-05 on EUR 10,000.00.
    // 7.75 % (margin 7) Feb 15..23 = 9 d: 10,000 x 0.0775 x 9/365 = 19.1096 -> 19.11.
    // 8.75 % (RDL 4/2013, margin 8) Feb 24..Mar 5 = 10 d: 10,000 x 0.0875 x 10/365 = 23.9726 -> 23.97.
    let claim = try calculator.claim(
      amount: try eur("10000.00"), dueDate: try date("2013-02-14"), paidOn: try date("2013-03-05"))
    #expect(
      claim.periods.map {
        "\($0.from)..\($0.to) \($0.days)d \($0.ratePercentText)% \($0.interest.decimalString)"
      }
        == ["2013-02-15..2013-02-23 9d 7.75% 19.11", "2013-02-24..2013-03-05 10d 8.75% 23.97"])
    #expect(claim.interest == (try eur("43.08")))
  }

  @Test func aDelayIn2021IsStillCovered() throws {
    // Due 2021-03-01, paid 2021-04-30 on EUR 5,000.00: Mar 2..31 = 30 d + Apr 1..30 = 30 d = 60 d
    // at 8.00 %: 5,000 x 0.08 x 60/365 = 65.7534 -> 65.75; with EUR 40, 105.75.
    let claim = try calculator.claim(
      amount: try eur("5000.00"), dueDate: try date("2021-03-01"), paidOn: try date("2021-04-30"))
    #expect(claim.periods.map(\.days) == [60])
    #expect(claim.interest == (try eur("65.75")))
    #expect(claim.total == (try eur("105.75")))
  }

  @Test func anUnconfirmedHalfYearIsRefusedNotGuessed() throws {
    do {
      _ = try calculator.claim(
        amount: try eur("10000.00"), dueDate: try date("2026-06-15"), paidOn: try date("2026-07-15"))
      Issue.record("a delay into 2026-H2 was computed although its rate is not confirmed")
    } catch let error as FinanceError {
      guard case .unconfirmedRate(let country, let halfYear, _) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(country == "ES")
      #expect(halfYear.description == "2026-H2")
      let message = error.localizedDescription
      #expect(message.contains("2026-H2") && message.contains("use that copy"))
    }
  }

  @Test func otherCountriesAddTheirOwnMarginToTheirOwnReference() throws {
    let rates = try LateInterestRates.bundled()
    let july2024 = try date("2024-07-01")
    // ECB 4.25 on 1 July 2024: FR + 10 = 14.25, IT/NL/PT + 8 = 12.25; DE base rate 3.37 + 9 = 12.37;
    // GB Bank Rate 5.25 on 30 June 2024 + 8 = 13.25.
    #expect(
      ["FR", "IT", "NL", "PT", "DE", "GB"].map { rates.rate(country: $0, on: july2024)?.basisPoints }
        == [1425, 1225, 1225, 1225, 1237, 1325])
    let germany = try rates.schedule(country: "DE")
    #expect(
      germany.rates.values.flatMap { $0 }.allSatisfy {
        $0.referenceBasisPoints.map { $0 + 900 } == $0.basisPoints
      })
    // Negative base rate: -0.88 + 9 = 8.12 from 2016-H2 to 2022-H2.
    #expect(rates.rate(country: "DE", on: try date("2020-03-01"))?.basisPoints == 812)
  }

  @Test func germanyBefore29July2014IsRefusedWithTheReason() throws {
    let germany = LateInterestCalculator(rates: try LateInterestRates.bundled(), country: "DE")
    #expect {
      try germany.claim(
        amount: try eur("1000.00"), dueDate: try date("2014-03-01"), paidOn: try date("2014-04-01"))
    } throws: { error in
      "\(error)".contains("EGBGB art. 229") && "\(error)".contains("2014-H1")
    }
  }

  @Test func franceOverTwoHalfYears() throws {
    // Due 2024-06-20, paid 2024-07-10 on EUR 5,000.00. 2024-H1 14.50 % x 10 d (Jun 21..30):
    // 500,000 x 1450 x 10 / 3,650,000 = 1986.3 -> 19.86. 2024-H2 14.25 % x 10 d: 1952.1 -> 19.52.
    // 39.38 + EUR 40 = 79.38.
    let france = LateInterestCalculator(rates: try LateInterestRates.bundled(), country: "FR")
    let claim = try france.claim(
      amount: try eur("5000.00"), dueDate: try date("2024-06-20"), paidOn: try date("2024-07-10"))
    #expect(claim.periods.map(\.interest.decimalString) == ["19.86", "19.52"])
    #expect(claim.total == (try eur("79.38")))
  }

  @Test func britainFixesTheRateWhenTheDebtBecameLateAndScalesTheFixedSum() throws {
    // GBP 12,000.00 due 2024-12-20, paid 2025-02-18: interest starts 2024-12-21, in 2024-H2
    // (Bank Rate 5.25 on 30 June 2024 + 8 = 13.25 %), fixed for the whole delay although
    // 2025-H1's rate is 12.75 %. Dec 21..31 = 11 d: 1,200,000 x 1325 x 11 / 3,650,000 =
    // 4791.8 -> 47.92; Jan 1..Feb 18 = 49 d: 21345.2 -> 213.45. 261.37 + GBP 100 (debt from
    // 10,000.00) = 361.37.
    let britain = LateInterestCalculator(rates: try LateInterestRates.bundled(), country: "GB")
    let gbp = { (text: String) in try #require(Money(decimal: text, currency: "GBP")) }
    let claim = try britain.claim(
      amount: try gbp("12000.00"), dueDate: try date("2024-12-20"), paidOn: try date("2025-02-18"))
    #expect(claim.periods.map(\.ratePercentText) == ["13.25", "13.25"])
    #expect(claim.periods.map(\.interest.decimalString) == ["47.92", "213.45"])
    #expect(claim.compensation == (try gbp("100.00")))
    #expect(claim.total == (try gbp("361.37")))
    let small = try britain.claim(
      amount: try gbp("999.99"), dueDate: try date("2024-12-20"), paidOn: try date("2025-02-18"))
    let middle = try britain.claim(
      amount: try gbp("1000.00"), dueDate: try date("2024-12-20"), paidOn: try date("2025-02-18"))
    #expect([small.compensation, middle.compensation] == [try gbp("40.00"), try gbp("70.00")])
  }
}
