/// An amount of money in minor units (cents) of one currency. Never floating point: every
/// sum balances to the cent.
public struct Money: Sendable, Hashable {
  /// Amount in minor units (EUR cents); negative for credits.
  public var minorUnits: Int64
  /// The currency, held as its code's bytes: an account holds dozens of amounts, and
  /// copying one then copies plain words, with no string to reference-count.
  var code: CurrencyCode

  /// ISO 4217 code, e.g. `EUR`.
  public var currency: String {
    get { code.text }
    set { code = CurrencyCode(newValue) }
  }

  /// Creates an amount from minor units.
  public init(minorUnits: Int64, currency: String = "EUR") {
    self.init(minorUnits: minorUnits, code: CurrencyCode(currency))
  }

  /// Creates an amount from minor units in a currency already looked up.
  init(minorUnits: Int64, code: CurrencyCode) {
    self.minorUnits = minorUnits
    self.code = code
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
    code = CurrencyCode(currency)
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
    precondition(lhs.code == rhs.code, "adding \(lhs.currency) to \(rhs.currency)")
    return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, code: lhs.code)
  }

  /// Difference of two amounts of the same currency.
  public static func - (lhs: Money, rhs: Money) -> Money {
    precondition(lhs.code == rhs.code, "subtracting \(rhs.currency) from \(lhs.currency)")
    return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, code: lhs.code)
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

extension Money: Codable {
  private enum CodingKeys: String, CodingKey {
    case minorUnits, currency
  }

  /// Decodes `{"minorUnits": 123456, "currency": "EUR"}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let currency = try container.decode(String.self, forKey: .currency)
    guard CurrencyCode.fits(currency) else {
      throw DecodingError.dataCorruptedError(
        forKey: .currency, in: container,
        debugDescription:
          "currency '\(currency)' is not a code of at most \(CurrencyCode.capacity) bytes, such as EUR")
    }
    self.init(minorUnits: try container.decode(Int64.self, forKey: .minorUnits), currency: currency)
  }

  /// Encodes `{"minorUnits": 123456, "currency": "EUR"}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(minorUnits, forKey: .minorUnits)
    try container.encode(currency, forKey: .currency)
  }
}
