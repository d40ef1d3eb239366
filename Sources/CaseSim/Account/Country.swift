/// The countries the generator can make customers for, with the rules that differ by
/// country: language, VAT rate, VAT id and IBAN shape, phone format.
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

  /// Digit groups of a national landline number after the calling code; the first group's
  /// leading digits are fixed by `landlinePrefixes`.
  var phoneGroups: [Int] {
    switch self {
    case .ES: [3, 3, 3]  // +34 9xx xxx xxx
    case .PT: [3, 3, 3]  // +351 2xx xxx xxx
    case .FR: [1, 2, 2, 2, 2]  // +33 1 xx xx xx xx
    case .DE: [2, 8]  // +49 30 12345678
    case .IT: [2, 8]  // +39 02 12345678
    case .NL: [2, 7]  // +31 20 1234567
    case .BE: [1, 3, 2, 2]  // +32 2 123 45 67
    case .AT: [1, 7]  // +43 1 1234567
    case .IE: [1, 3, 4]  // +353 1 234 5678
    case .GB: [2, 4, 4]  // +44 20 1234 5678
    }
  }

  /// Allowed leading digits of a landline number.
  var landlinePrefixes: [String] {
    switch self {
    case .ES: ["91", "93", "96", "95", "94", "976", "983", "985"]
    case .PT: ["21", "22", "23", "25"]
    case .FR: ["1", "2", "3", "4", "5"]
    case .DE: ["30", "40", "69", "89"]
    case .IT: ["02", "06", "01", "05"]
    case .NL: ["20", "10", "30", "70"]
    case .BE: ["2", "3", "9"]
    case .AT: ["1"]
    case .IE: ["1"]
    case .GB: ["20", "11", "12", "16"]
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
