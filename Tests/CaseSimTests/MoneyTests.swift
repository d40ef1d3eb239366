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
}
