import CivilCalendar

/// How amounts and dates are written in text a customer reads or says (speech, letters,
/// e-mails in the simulation): the conventions of the language the text is in. The one
/// formatter for such text; machine output (JSON, NDJSON, CSV) keeps ISO dates and
/// dot-decimal amounts (`Money.decimalString`, `CivilDate.iso`) and never comes here.
///
/// - Spanish (RAE and the Spanish business habit): `7.617,17 €`, `20/09/2025`.
/// - English (British usage, the desk's customers being European): `€7,617.17`,
///   `20 September 2025`, the month spelt out so no reader takes it for month/day.
public struct CustomerFormat: Sendable, Hashable {
  /// The language whose conventions apply (`es`, `en`).
  public let language: String

  /// The conventions of `language`; any language without its own falls back to English.
  public init(language: String) {
    self.language = language == "es" ? "es" : "en"
  }

  /// English conventions.
  public static let english = CustomerFormat(language: "en")
  /// Spanish conventions.
  public static let spanish = CustomerFormat(language: "es")

  /// `7.617,17 €` in Spanish, `€7,617.17` in English; a currency without a symbol here is
  /// written by its code (`7.617,17 USD`, `USD 7,617.17`).
  public func money(_ amount: Money) -> String {
    let spanish = language == "es"
    let magnitude = amount.minorUnits.magnitude
    let cents = magnitude % 100
    let whole = Self.grouped(magnitude / 100, separator: spanish ? "." : ",")
    let number = whole + (spanish ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
    let sign = amount.minorUnits < 0 ? "-" : ""
    let symbol = Self.symbols[amount.currency]
    if spanish { return sign + number + " " + (symbol ?? amount.currency) }
    return symbol.map { sign + $0 + number } ?? sign + amount.currency + " " + number
  }

  /// `20/09/2025` in Spanish, `20 September 2025` in English.
  public func date(_ date: CivilDate) -> String {
    let (year, month, day) = date.components
    if language == "es" {
      return (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
    }
    return "\(day) \(Self.englishMonths[month - 1]) \(year)"
  }

  private static let symbols = ["EUR": "€", "GBP": "£"]
  private static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// `value` with `separator` between groups of three digits.
  private static func grouped(_ value: UInt64, separator: String) -> String {
    let digits = String(value)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result += separator }
      result.append(digit)
    }
    return result
  }
}
