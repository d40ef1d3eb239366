/// An amount of money in minor units (cents) of one currency. Never floating point: every
/// sum balances to the cent.
public struct Money: Sendable, Hashable, Codable {
  /// Amount in minor units (EUR cents); negative for credits.
  public var minorUnits: Int64
  /// ISO 4217 code, e.g. `EUR`.
  public var currency: String

  /// Creates an amount from minor units.
  public init(minorUnits: Int64, currency: String = "EUR") {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  /// Zero in `currency`.
  public static func zero(_ currency: String = "EUR") -> Money {
    Money(minorUnits: 0, currency: currency)
  }

  /// Parses `1234.56`, `-3.5` or `40` (at most two decimals); nil for anything else.
  public init?(decimal text: String, currency: String = "EUR") {
    var body = Substring(text)
    var negative = false
    if body.first == "-" {
      negative = true
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII),
      let units = Int64(parts[0]), units >= 0
    else { return nil }
    var cents: Int64 = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int64(fraction)
      else { return nil }
      cents = fraction.count == 1 ? value * 10 : value
    }
    let (scaled, overflow) = units.multipliedReportingOverflow(by: 100)
    guard !overflow else { return nil }
    minorUnits = (scaled + cents) * (negative ? -1 : 1)
    self.currency = currency
  }

  /// `1234.56` (no grouping, two decimals, `-` for negatives).
  public var decimalString: String {
    let magnitude = minorUnits.magnitude
    let cents = magnitude % 100
    return (minorUnits < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
  }

  /// Whether the amount is zero.
  public var isZero: Bool { minorUnits == 0 }

  /// Sum of two amounts of the same currency.
  public static func + (lhs: Money, rhs: Money) -> Money {
    precondition(lhs.currency == rhs.currency, "adding \(lhs.currency) to \(rhs.currency)")
    return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
  }

  /// Difference of two amounts of the same currency.
  public static func - (lhs: Money, rhs: Money) -> Money {
    precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
    return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, currency: lhs.currency)
  }

  /// Adds in place.
  public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
  /// Subtracts in place.
  public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
}

extension Money: Comparable {
  /// Orders amounts of the same currency.
  public static func < (lhs: Money, rhs: Money) -> Bool {
    lhs.minorUnits < rhs.minorUnits
  }
}

extension Money: CustomStringConvertible {
  /// `EUR 1234.56`.
  public var description: String { "\(currency) \(decimalString)" }
}
