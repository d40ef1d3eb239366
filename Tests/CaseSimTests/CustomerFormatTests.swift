import CivilCalendar
import Foundation
import Testing

@testable import CaseSim

@Suite struct CustomerFormatTests {
  @Test func writesSpanishAmountsAndDates() throws {
    let spanish = CustomerFormat(language: "es")
    #expect(spanish.money(Money(minorUnits: 761_717, currency: "EUR")) == "7.617,17 €")
    #expect(spanish.money(Money(minorUnits: 1_234_567_890, currency: "EUR")) == "12.345.678,90 €")
    #expect(spanish.money(Money(minorUnits: 5, currency: "EUR")) == "0,05 €")
    #expect(spanish.money(Money(minorUnits: -99_900, currency: "GBP")) == "-999,00 £")
    #expect(spanish.money(Money(minorUnits: 100_000, currency: "USD")) == "1.000,00 USD")
    #expect(spanish.date(try #require(CivilDate(iso: "2025-09-20"))) == "20/09/2025")
    #expect(spanish.date(try #require(CivilDate(iso: "2026-01-05"))) == "05/01/2026")
  }

  @Test func writesEnglishAmountsAndDates() throws {
    let english = CustomerFormat(language: "en")
    #expect(english.money(Money(minorUnits: 761_717, currency: "EUR")) == "€7,617.17")
    #expect(english.money(Money(minorUnits: 761_717, currency: "GBP")) == "£7,617.17")
    #expect(english.money(Money(minorUnits: 99_900, currency: "USD")) == "USD 999.00")
    #expect(english.money(Money(minorUnits: -100_000_000, currency: "EUR")) == "-€1,000,000.00")
    #expect(english.date(try #require(CivilDate(iso: "2025-09-20"))) == "20 September 2025")
    #expect(CustomerFormat(language: "de") == .english)
  }

  /// A Spanish customer says amounts and dates the Spanish way; the JSON of the same case
  /// keeps dot-decimal amounts and ISO dates.
  @Test func spanishCustomersSpeakSpanishFigures() throws {
    let attempt = try CaseFixtures.attempt("broken-promise-es")
    var spoken: [String] = []
    for seed in 1...6 as ClosedRange<UInt64> {
      let record = try attempt.play(
        seed: seed,
        commands: [.act(CaseAction(.call, parameters: ["contact": "accounts_payable", "language": "es"]))])
      spoken += record.entries.filter { $0.speaker == "customer" }.map(\.text)
    }
    let promises = spoken.filter { $0.hasPrefix("Les pagaremos") }
    #expect(!promises.isEmpty, "\(spoken)")
    for text in promises {
      let pattern = #"^Les pagaremos [0-9]{1,3}(\.[0-9]{3})*,[0-9]{2} € el [0-9]{2}/[0-9]{2}/[0-9]{4}\.$"#
      #expect(text.range(of: pattern, options: .regularExpression) != nil, "\(text)")
    }
  }
}
