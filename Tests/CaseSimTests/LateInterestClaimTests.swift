import Foundation
import Testing

@testable import CaseSim

@Suite struct LateInterestClaimTests {
  @Test func encodesReadableJSONAndDecodesItBack() throws {
    let claim = try LateInterestCalculator(rates: try LateInterestRates.bundled())
      .claim(amount: try eur("10000.00"), dueDate: try date("2023-12-20"), paidOn: try date("2024-01-10"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(claim), as: UTF8.self)
    #expect(
      json
        == #"{"amount":"10000.00","compensation":"40.00","country":"ES","currency":"EUR","daysLate":21,"#
        + #""disputedAmount":"0.00","dueDate":"2023-12-20","interest":"70.41","interestBearingAmount":"10000.00","#
        + #""notes":[],"paidOn":"2024-01-10","periods":[{"days":11,"from":"2023-12-21","interest":"36.16","#
        + #""principal":"10000.00","ratePercent":12,"to":"2023-12-31"},{"days":10,"from":"2024-01-01","#
        + #""interest":"34.25","principal":"10000.00","ratePercent":12.5,"#
        + #""to":"2024-01-10"}],"total":"110.41"}"#)
    #expect(try JSONDecoder().decode(LateInterestClaim.self, from: Data(json.utf8)) == claim)
  }

  @Test func partPaymentsAndAContractRateSurviveTheRoundTrip() throws {
    let claim = try LateInterestCalculator(rates: try LateInterestRates.bundled())
      .claim(
        amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"),
        payments: [PartPayment(date: try date("2024-02-01"), amount: try eur("5000.00"))],
        contractRateBasisPoints: 950)
    let json = String(decoding: try JSONEncoder().encode(claim), as: UTF8.self)
    #expect(json.contains(#""contractRatePercent":9.5"#))
    #expect(json.contains(#""interestPaid":"#))
    #expect(try JSONDecoder().decode(LateInterestClaim.self, from: Data(json.utf8)) == claim)
  }

  @Test func refusesATotalThatDoesNotAddUp() throws {
    let claim = try LateInterestCalculator(rates: try LateInterestRates.bundled())
      .claim(amount: try eur("10000.00"), dueDate: try date("2024-01-15"), paidOn: try date("2024-03-01"))
    let json = String(decoding: try JSONEncoder().encode(claim), as: UTF8.self)
      .replacingOccurrences(of: #""total":"197.53""#, with: #""total":"197.54""#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(LateInterestClaim.self, from: Data(json.utf8))
    }
  }
}
