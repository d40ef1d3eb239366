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

  /// The largest magnitude an amount read from text may have: 999,999,999.99 in the
  /// currency (just under a thousand million). Every amount a user, a scenario, an actions
  /// file or a form gives is checked against it where it enters, so the arithmetic after it
  /// (VAT at up to 100%, sums of thousands of invoices, interest over centuries of days)
  /// stays far inside `Int64` and cannot trap.
  public static let maximumMinorUnits: Int64 = 99_999_999_999

  /// `maximumMinorUnits` as text, for messages: `999999999.99`.
  public static let maximumText = "999999999.99"

  /// Why `decimal` text is not an amount.
  public enum DecimalProblem: Error, Sendable, Equatable {
    /// Not a decimal with at most two decimals.
    case notADecimal
    /// A decimal whose magnitude is over `Money.maximumMinorUnits`.
    case tooLarge
  }

  /// Parses `1234.56`, `-3.5` or `40` (at most two decimals, magnitude at most
  /// `maximumText`), saying why when it cannot.
  public static func parse(decimal text: String, currency: String = "EUR") -> Result<Money, DecimalProblem> {
    var body = Substring(text)
    var negative = false
    if body.first == "-" {
      negative = true
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber })
    else { return .failure(.notADecimal) }
    var cents: Int64 = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int64(fraction)
      else { return .failure(.notADecimal) }
      cents = fraction.count == 1 ? value * 10 : value
    }
    // Leading zeros aside, more than nine whole digits is over the maximum; checking the
    // length first keeps `Int64` parsing and the scaling below from ever overflowing.
    let whole = parts[0].drop { $0 == "0" }
    guard whole.count <= 9, let units = Int64(whole.isEmpty ? "0" : whole) else { return .failure(.tooLarge) }
    let magnitude = units * 100 + cents
    guard magnitude <= maximumMinorUnits else { return .failure(.tooLarge) }
    return .success(Money(minorUnits: negative ? -magnitude : magnitude, currency: currency))
  }

  /// Parses `1234.56`, `-3.5` or `40` (at most two decimals, magnitude at most
  /// `maximumText`); nil for anything else.
  public init?(decimal text: String, currency: String = "EUR") {
    guard case .success(let money) = Self.parse(decimal: text, currency: currency) else { return nil }
    self = money
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
