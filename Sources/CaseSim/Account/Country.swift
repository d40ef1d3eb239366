/// The countries the generator can make customers for, with the rules that differ by
/// country: language, VAT rate, calling code and IBAN shape (the cities, with their postal
/// codes and phone area codes, are in `NameBook`).
public enum Country: String, Sendable, Hashable, Codable, CaseIterable {
  /// Spain.
  case ES
  /// Portugal.
  case PT
  /// France.
  case FR
  /// Germany.
  case DE
  /// Italy.
  case IT
  /// Netherlands.
  case NL
  /// Belgium.
  case BE
  /// Austria.
  case AT
  /// Ireland.
  case IE
  /// United Kingdom.
  case GB

  /// Default customer language for a country code (`es` for Spain, `en` elsewhere).
  static func defaultLanguage(for code: String) -> String {
    code == "ES" ? "es" : "en"
  }

  /// Standard VAT rate in basis points (2100 = 21%), 2026.
  var standardTaxRateBasisPoints: Int {
    switch self {
    case .ES, .NL, .BE: 2100
    case .PT, .IE: 2300
    case .FR, .AT, .GB: 2000
    case .DE: 1900
    case .IT: 2200
    }
  }

  /// International dialling code.
  var callingCode: String {
    switch self {
    case .ES: "34"
    case .PT: "351"
    case .FR: "33"
    case .DE: "49"
    case .IT: "39"
    case .NL: "31"
    case .BE: "32"
    case .AT: "43"
    case .IE: "353"
    case .GB: "44"
    }
  }

  /// BBAN length (IBAN minus country and check digits) and whether it holds letters.
  var bbanLength: Int {
    switch self {
    case .ES: 20
    case .PT: 21
    case .FR: 23
    case .DE: 18
    case .IT: 23
    case .NL: 14
    case .BE: 12
    case .AT: 16
    case .IE: 18
    case .GB: 18
    }
  }
}
