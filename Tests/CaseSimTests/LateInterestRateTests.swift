import Testing

@testable import CaseSim

@Suite struct LateInterestRateTests {
  @Test func parsesPercentagesExactlyIntoBasisPoints() {
    #expect(LateInterestRate.basisPoints(percentText: "12.50") == 1250)
    #expect(LateInterestRate.basisPoints(percentText: "12.5") == 1250)
    #expect(LateInterestRate.basisPoints(percentText: "11.15") == 1115)
    #expect(LateInterestRate.basisPoints(percentText: "8") == 800)
    #expect(LateInterestRate.basisPoints(percentText: "-0.88") == -88)
    for bad in ["", "abc", "1.234", "12,5", "1e2", ".5", "1000", "--1"] {
      #expect(LateInterestRate.basisPoints(percentText: bad) == nil, "\(bad)")
    }
  }

  @Test func formatsTwoDecimals() throws {
    let rate = LateInterestRate(
      country: "ES", halfYear: try #require(HalfYear(text: "2025-H1")), basisPoints: 1115)
    #expect(rate.percentText == "11.15")
    #expect(rate.percent == 11.15)
    #expect(LateInterestRate.percentText(basisPoints: 800) == "8.00")
    #expect(LateInterestRate.percentText(basisPoints: -88) == "-0.88")
  }
}
