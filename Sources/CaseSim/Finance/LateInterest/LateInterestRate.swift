import CivilCalendar

/// The statutory late-payment interest rate of one country in force from `from` within one
/// calendar half-year (usually its first day; Spain 2013-H1 changed on 24 February).
///
/// Rates are held in basis points (hundredths of a percent: 12.50 % is 1250) so interest is
/// computed in integers, exactly, and rounded once per period.
public struct LateInterestRate: Sendable, Hashable, Codable {
  /// ISO 3166 country code of the table, e.g. `ES`.
  public let country: String
  /// The half-year the rate applies to.
  public let halfYear: HalfYear
  /// Annual rate in basis points (1250 = 12.50 %).
  public let basisPoints: Int
  /// The reference rate it was derived from (ECB rate, German base rate), when the file says.
  public let referenceBasisPoints: Int?
  /// First day the rate is in force: the half-year's first day unless the file says otherwise.
  public let from: CivilDate
  /// The official publication the figure comes from (e.g. the BOE resolution), when the file says.
  public let source: String?

  /// Creates a rate in force from `from` (default: the half-year's first day).
  public init(
    country: String, halfYear: HalfYear, basisPoints: Int, referenceBasisPoints: Int? = nil,
    from: CivilDate? = nil, source: String? = nil
  ) {
    self.country = country
    self.halfYear = halfYear
    self.basisPoints = basisPoints
    self.referenceBasisPoints = referenceBasisPoints
    self.from = from ?? halfYear.firstDay
    self.source = source
  }

  /// The rate as a percentage, e.g. `12.5` (for display and ratios only, never for money).
  public var percent: Double { Double(basisPoints) / 100 }

  /// The rate with two decimals, e.g. `12.50`.
  public var percentText: String { Self.percentText(basisPoints: basisPoints) }

  /// Parses a percentage with at most two decimals (`12.5`, `11.15`, `-0.88`) into basis
  /// points; nil for anything else.
  public static func basisPoints(percentText text: String) -> Int? {
    var body = Substring(text)
    let negative = body.first == "-"
    if negative { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), (1...3).contains(parts[0].count),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let whole = Int(parts[0])
    else { return nil }
    var hundredths = 0
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), let fraction = Int(parts[1]) else { return nil }
      hundredths = parts[1].count == 1 ? fraction * 10 : fraction
    }
    return (whole * 100 + hundredths) * (negative ? -1 : 1)
  }

  /// Formats basis points as a percentage with two decimals, e.g. `12.50` or `-0.88`.
  public static func percentText(basisPoints: Int) -> String {
    let magnitude = basisPoints.magnitude
    let fraction = magnitude % 100
    return (basisPoints < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}
