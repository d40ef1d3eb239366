import Foundation
import Testing

@testable import CaseSim

@Suite struct LateInterestRatesTests {
  @Test func bundledSpanishTableMatchesTheBOERates() throws {
    let rates = try LateInterestRates.bundled()
    let spain = try rates.schedule(country: "ES")
    let table = spain.rates.sorted { $0.key < $1.key }.map { entry in
      "\(entry.key) " + entry.value.map(\.percentText).joined(separator: "/")
    }
    // DOMAIN.md's Spanish rates; 2013-H1 changed on 24 February (RDL 4/2013: margin 7 -> 8).
    #expect(
      table == [
        "2013-H1 7.75/8.75", "2013-H2 8.50", "2014-H1 8.25", "2014-H2 8.15", "2015-H1 8.05",
        "2015-H2 8.05", "2016-H1 8.05", "2016-H2 8.00", "2017-H1 8.00", "2017-H2 8.00", "2018-H1 8.00",
        "2018-H2 8.00", "2019-H1 8.00", "2019-H2 8.00", "2020-H1 8.00", "2020-H2 8.00", "2021-H1 8.00",
        "2021-H2 8.00", "2022-H1 8.00", "2022-H2 8.00", "2023-H1 10.50", "2023-H2 12.00", "2024-H1 12.50",
        "2024-H2 12.25", "2025-H1 11.15", "2025-H2 10.15", "2026-H1 10.15",
      ])
    #expect(spain.unconfirmed.keys.map(\.description) == ["2026-H2"])
    #expect(spain.marginBasisPoints == 800)
    #expect(spain.compensation == (try eur("40.00")))
    let after2013 = spain.rates.filter { $0.key.year > 2013 }.values.flatMap { $0 }
    #expect(after2013.allSatisfy { $0.referenceBasisPoints.map { $0 + 800 } == $0.basisPoints })
    #expect(spain.rates.values.flatMap { $0 }.allSatisfy { $0.source?.isEmpty == false })
  }

  @Test func bundledGermanScheduleStartsWithTheNinePointRule() throws {
    let germany = try LateInterestRates.bundled().schedule(country: "DE")
    #expect(germany.marginBasisPoints == 900)
    #expect(germany.rates.keys.min()?.description == "2014-H2")
    #expect(
      germany.unconfirmed.keys.map(\.description).sorted() == ["2013-H1", "2013-H2", "2014-H1", "2026-H2"])
  }

  @Test func looksUpTheRateOfTheDatesHalfYear() throws {
    let rates = try LateInterestRates.bundled()
    #expect(rates.rate(country: "ES", on: try date("2024-06-30"))?.basisPoints == 1250)
    #expect(rates.rate(country: "ES", on: try date("2024-07-01"))?.basisPoints == 1225)
    #expect(rates.rate(country: "ES", on: try date("2026-07-01")) == nil)
    #expect(rates.rate(country: "SE", on: try date("2024-07-01")) == nil)
    #expect(
      throws: FinanceError.unknownCountry(
        country: "SE", known: ["AT", "BE", "DE", "ES", "FR", "GB", "IE", "IT", "NL", "PT"])
    ) {
      try rates.schedule(country: "SE")
    }
  }

  @Test func derivesTheRateFromReferencePlusMargin() throws {
    let rates = try LateInterestRates(yaml: Self.germanDesk)
    // Base rate 3.62 + 9 points = 12.62; a bare number is the rate itself.
    #expect(rates.rate(country: "DE", on: try date("2024-03-01"))?.basisPoints == 1262)
    #expect(rates.rate(country: "DE", on: try date("2024-09-01"))?.basisPoints == 1237)
  }

  @Test func rejectsARateThatContradictsItsReference() {
    let yaml = Self.germanDesk.replacingOccurrences(
      of: "2024-H2: 12.37", with: "2024-H2: {reference: 3.37, rate: 12.40}")
    #expect(
      throws: FinanceError.ratesFile(
        source: "de.yaml", line: 10,
        message: "DE.rates.2024-H2: rate 12.40 is not reference 3.37 + margin 9.00 = 12.37; fix one of them")
    ) { try LateInterestRates(yaml: yaml, source: "de.yaml") }
  }

  @Test(arguments: [
    ("2024-H3: 12.37", 10, "DE.rates: '2024-H3' is not a half-year like 2024-H1"),
    ("2024-H2: twelve", 10, "DE.rates.2024-H2 must be a percentage like 12.50"),
    ("2024-H2: {note: x}", 10, "DE.rates.2024-H2 needs 'rate', 'reference' or both"),
    ("2024-H2: 12.37\n  XX:", 11, "country XX must be a mapping of law, source, margin, rates..."),
    ("2024-H2: [12.37", 11, "is not valid YAML: did not find expected ',' or ']'"),
    ("2024-H1: 12.37", 9, "repeats the key(s) 2024-H1 in one mapping; keep one of each"),
  ])
  func reportsTheLineOfABadEntry(replacement: String, line: Int, message: String) {
    let yaml = Self.germanDesk.replacingOccurrences(of: "2024-H2: 12.37", with: replacement)
    #expect(throws: FinanceError.ratesFile(source: "de.yaml", line: line, message: message)) {
      try LateInterestRates(yaml: yaml, source: "de.yaml")
    }
  }

  @Test func namesAMissingField() {
    let yaml = Self.germanDesk.replacingOccurrences(of: "    margin: 9.00\n", with: "")
    #expect(
      throws: FinanceError.ratesFile(source: "de.yaml", line: 3, message: "country DE is missing 'margin'")
    ) {
      try LateInterestRates(yaml: yaml, source: "de.yaml")
    }
    #expect(
      throws: FinanceError.ratesFile(source: "x.yaml", line: 1, message: "is missing the 'countries' mapping")
    ) {
      try LateInterestRates(yaml: "es: {}\n", source: "x.yaml")
    }
  }

  @Test func errorMessagesNameTheFileAndLine() {
    let error = FinanceError.ratesFile(
      source: "rates.yaml", line: 7, message: "ES.margin must be a percentage")
    #expect(error.localizedDescription == "rates.yaml:7: ES.margin must be a percentage")
  }

  /// A desk-maintained file: one rate from its reference, one stated directly.
  static let germanDesk = """
    countries:
      DE:
        law: BGB 288(2)
        source: Deutsche Bundesbank
        currency: EUR
        margin: 9.00
        compensation: 40.00
        rates:
          2024-H1: {reference: 3.62}
          2024-H2: 12.37
    """
}
