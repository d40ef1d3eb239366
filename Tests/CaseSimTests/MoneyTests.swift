import Foundation
import Testing

@testable import CaseSim

@Suite struct MoneyTests {
  @Test func keepsItsCurrencyCode() {
    #expect(Money(minorUnits: 1, currency: "EUR").currency == "EUR")
    #expect(Money(minorUnits: 1, currency: "GBP") != Money(minorUnits: 1, currency: "EUR"))
    var amount = Money(minorUnits: 250, currency: "EUR")
    amount.currency = "GBP"
    #expect(amount.currency == "GBP" && amount.minorUnits == 250)
    // Fifteen bytes are kept whole; longer text is cut, and `fits` says so.
    #expect(Money.zero("ABCDEFGHIJKLMNO").currency == "ABCDEFGHIJKLMNO")
    #expect(CurrencyCode.fits("ABCDEFGHIJKLMNO") && !CurrencyCode.fits("ABCDEFGHIJKLMNOP"))
    #expect(Money.zero("").currency == "")
  }

  /// The JSON shape is the one the synthesised conformance wrote before amounts held their
  /// currency as a code, so stored amounts read back the same.
  @Test func encodesAsBefore() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(Money(minorUnits: 123_456, currency: "EUR"))
    #expect(String(decoding: data, as: UTF8.self) == #"{"currency":"EUR","minorUnits":123456}"#)
    #expect(try JSONDecoder().decode(Money.self, from: data) == Money(minorUnits: 123_456, currency: "EUR"))
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(
        Money.self, from: Data(#"{"currency":"EURO-DOLLARS-XYZ","minorUnits":1}"#.utf8))
    }
  }

  @Test func addsAndSubtractsInOneCurrency() {
    let sum = Money(minorUnits: 1_050, currency: "GBP") + Money(minorUnits: 2_000, currency: "GBP")
    #expect(sum == Money(minorUnits: 3_050, currency: "GBP"))
    #expect((sum - Money(minorUnits: 50, currency: "GBP")).decimalString == "30.00")
    #expect(sum.description == "GBP 30.50")
  }

  /// Every amount read from text is at most 999,999,999.99; beyond it, and at the value that
  /// once trapped the web server (`92233720368547758.08`), parsing says "too large".
  @Test func parsesAmountsWithinTheirRangeOnly() {
    #expect(Money(decimal: "999999999.99")?.minorUnits == 99_999_999_999)
    #expect(Money(decimal: "-999999999.99")?.minorUnits == -99_999_999_999)
    #expect(Money(decimal: "000000000000999.5")?.minorUnits == 99_950)
    for text in [
      "1000000000", "1000000000.00", "92233720368547758.08", "92233720368547758.07",
      "99999999999999999999999999", "-92233720368547758.08",
    ] {
      #expect(Money.parse(decimal: text) == .failure(.tooLarge), "\(text)")
      #expect(Money(decimal: text) == nil)
    }
    for text in ["", "-", ".5", "1.234", "1,5", "1e3", "+1", "١٢٣", "12.", "1.x"] {
      #expect(Money.parse(decimal: text) == .failure(.notADecimal), "\(text)")
    }
  }

  /// Where an amount in range meets the most arithmetic (VAT at the scenario maximum of
  /// 50%, gross, thousands of them summed) nothing overflows.
  @Test func arithmeticOnAcceptedAmountsCannotOverflow() {
    let largest = Money.maximumMinorUnits
    let tax = AccountGenerator.tax(net: largest, basisPoints: 5_000)
    #expect(tax == 50_000_000_000)
    #expect(largest.multipliedReportingOverflow(by: 10_000).overflow == false)
    #expect((largest + tax).multipliedReportingOverflow(by: 10_000).overflow == false)
  }
}
