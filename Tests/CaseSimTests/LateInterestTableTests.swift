import Foundation
import Testing

@testable import CaseSim

/// The bundled Spanish table: reach, a rate change inside a half-year, and a half-year whose
/// figure is not confirmed. Figures worked by hand as in `LateInterestCalculatorTests`.
@Suite struct LateInterestTableTests {
  let calculator: LateInterestCalculator

  init() throws {
    calculator = LateInterestCalculator(rates: try LateInterestRates.bundled())
  }

  /// Fails on the first day of a half-year the bundled table does not hold (confirmed, or
  /// named as unconfirmed with its reason), so the table is kept current with each release.
  @Test func theTableHoldsEveryHalfYearFrom2013ToToday() throws {
    let schedule = try LateInterestRates.bundled().schedule(country: "ES")
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
    #expect(missing.isEmpty, "add these half-years to late-interest-rates.yaml: \(missing)")
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
      #expect(message.contains("2026-H2") && message.contains("--rates FILE"))
    }
  }
}
