import CivilCalendar
import Foundation

/// Statutory late-payment interest rates keyed by country, then by calendar half-year,
/// loaded from a YAML data file so the team can ship new half-years without a release.
///
/// Source: Directive 2011/7/EU art. 2(6) (reference rate + at least 8 points, fixed per
/// half-year); Spain: Ley 3/2004 art. 7.2, rates published each half-year in the BOE;
/// Germany: BGB 288(2) (base rate + 9 points between businesses). The bundled file is
/// `Resources/late-interest-rates.yaml`; its schema is described at its top.
public struct LateInterestRates: Sendable {
  /// The rate of one country for one half-year.
  public typealias Rate = LateInterestRate

  /// Every country's schedule, keyed by ISO 3166 code.
  public let schedules: [String: LateInterestSchedule]

  /// Creates a table from schedules already built.
  public init(schedules: [LateInterestSchedule]) {
    self.schedules = Dictionary(schedules.map { ($0.country, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// The table shipped with CaseSim (`Resources/late-interest-rates.yaml`).
  public static func bundled() throws -> LateInterestRates {
    let name = "late-interest-rates.yaml"
    guard
      let url = Bundle.module.url(
        forResource: "late-interest-rates", withExtension: "yaml", subdirectory: "Resources")
    else {
      throw FinanceError.ratesFile(source: name, line: 0, message: "is missing from the CaseSim bundle")
    }
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw FinanceError.ratesFile(
        source: name, line: 0, message: "cannot be read: \(error.localizedDescription)")
    }
    return try LateInterestRates(yaml: text, source: name)
  }

  /// Parses a rates file; `source` names it in error messages.
  public init(yaml: String, source: String = "late-interest-rates.yaml") throws {
    self.init(schedules: try LateInterestRatesParser(source: source).parse(yaml))
  }

  /// The rate in force for `date`'s half-year in `country`; nil when the file lacks it.
  public func rate(country: String, on date: CivilDate) -> Rate? {
    schedules[country]?.rate(on: date)
  }

  /// The schedule of `country`, or an error listing the countries the file has.
  public func schedule(country: String) throws -> LateInterestSchedule {
    guard let schedule = schedules[country] else {
      throw FinanceError.unknownCountry(country: country, known: countries)
    }
    return schedule
  }

  /// Country codes present, sorted.
  public var countries: [String] { schedules.keys.sorted() }
}
