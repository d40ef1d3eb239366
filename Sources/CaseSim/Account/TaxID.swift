/// VAT identification numbers: the Spanish NIF and CIF check characters (Real Decreto
/// 1065/2007, art. 22 for the CIF; the NIF letter table of the Ministerio del Interior), and
/// the check digits of the other countries that have a public rule.
enum TaxID {
  static let nifLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE")
  static let cifControlLetters = Array("JABCDEFGHI")

  /// The NIF letter for an 8-digit DNI number.
  static func nifLetter(_ number: Int) -> Character {
    nifLetters[number % 23]
  }

  /// Whether `text` is a valid NIF (8 digits and the matching letter).
  static func isValidNIF(_ text: String) -> Bool {
    let characters = Array(text)
    guard characters.count == 9, let number = Int(String(characters[0..<8])),
      characters[0..<8].allSatisfy(\.isASCIINumber)
    else { return false }
    return characters[8] == nifLetter(number)
  }

  /// The CIF control digit (0-9) for the seven digits after the organisation letter.
  static func cifControlDigit(_ digits: some Sequence<Int>) -> Int {
    var sum = 0
    for (offset, digit) in digits.enumerated() {
      if offset % 2 == 0 {
        let doubled = digit * 2
        sum += doubled / 10 + doubled % 10
      } else {
        sum += digit
      }
    }
    return (10 - sum % 10) % 10
  }

  /// Whether `text` is a valid CIF: organisation letter, 7 digits, control digit or letter.
  /// A and B (S.A., S.L.) and E, H take a digit; K, P, Q, S, N, W take a letter; the rest either.
  static func isValidCIF(_ text: String) -> Bool {
    let characters = Array(text)
    guard characters.count == 9, let kind = characters.first, "ABCDEFGHJKLMNPQRSUVW".contains(kind),
      characters[1..<8].allSatisfy(\.isASCIINumber)
    else { return false }
    let digits = characters[1..<8].compactMap { $0.wholeNumberValue }
    let control = cifControlDigit(digits)
    let digit = Character(String(control))
    let letter = cifControlLetters[control]
    switch kind {
    case "A", "B", "E", "H": return characters[8] == digit
    case "K", "P", "Q", "S", "N", "W": return characters[8] == letter
    default: return characters[8] == digit || characters[8] == letter
    }
  }

  /// Portuguese NIF check digit over 8 digits (weights 9...2, mod 11).
  static func portugueseCheck(_ digits: some Sequence<Int>) -> Int {
    let sum = zip(digits, (2...9).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
    let check = 11 - sum % 11
    return check >= 10 ? 0 : check
  }

  /// French VAT key for a 9-digit SIREN: (12 + 3 * (SIREN mod 97)) mod 97 (Code général des
  /// impôts, annexe IV art. 242 nonies; the DGFiP's published rule).
  static func frenchKey(siren: Int) -> Int {
    (12 + 3 * (siren % 97)) % 97
  }

  /// The Luhn check digit for `digits` (the digit that, appended, makes the Luhn sum a
  /// multiple of 10): the SIREN's ninth digit (INSEE) and the partita IVA's eleventh.
  static func luhnCheck(_ digits: some Collection<Int>) -> Int {
    var sum = 0
    // Counted from the right: the payload's last digit is doubled, as the check digit
    // after it is not.
    for (offset, digit) in digits.enumerated() {
      if (digits.count - offset) % 2 == 1 {
        let doubled = digit * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      } else {
        sum += digit
      }
    }
    return (10 - sum % 10) % 10
  }

  /// The weighted sum of a UK VAT number's first seven digits (weights 8 to 2).
  static func britishWeightedSum(_ digits: some Sequence<Int>) -> Int {
    zip(digits, (2...8).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
  }

  /// The two check digits of a UK VAT number by HMRC's newer "9755" rule, used for the
  /// numbers issued once the classic range ran short: 55 is added to the weighted sum, and
  /// the check digits bring the total to a multiple of 97.
  static func britishCheck(_ digits: some Sequence<Int>) -> Int {
    (97 - (britishWeightedSum(digits) + 55) % 97) % 97
  }

  /// Whether a UK VAT number (9 digits, no prefix) passes HMRC's check: the weighted sum of
  /// the first seven digits plus the two check digits is a multiple of 97 (the classic
  /// rule), or is once 55 is added (the 9755 rule, for numbers from 100 0000 00 on).
  static func isValidBritish(_ number: [Int]) -> Bool {
    guard number.count == 9 else { return false }
    let total = britishWeightedSum(number.prefix(7)) + number[7] * 10 + number[8]
    let recent = number[0] * 100 + number[1] * 10 + number[2] >= 100
    return total % 97 == 0 || (recent && (total + 55) % 97 == 0)
  }

  /// Whether `text` (with its two-letter country prefix) passes the official check of one
  /// of the countries the generator makes customers for most: ES (CIF), PT, FR (SIREN and
  /// key), DE, IT (office code and Luhn), NL (the BSN-type btw-id) and GB. Nil for a
  /// country without a rule here.
  static func isValidVAT(_ text: String) -> Bool? {
    let country = String(text.prefix(2))
    let body = Array(text.dropFirst(2))
    let digits = body.compactMap(\.wholeNumberValue)
    let allDigits = digits.count == body.count && body.allSatisfy(\.isASCIINumber)
    switch country {
    case "ES": return isValidCIF(String(body))
    case "PT": return allDigits && digits.count == 9 && portugueseCheck(digits.prefix(8)) == digits[8]
    case "FR":
      guard allDigits, digits.count == 11, let key = Int(String(body[0..<2])),
        let siren = Int(String(body[2...]))
      else { return false }
      return luhnCheck(digits[2..<10]) == digits[10] && frenchKey(siren: siren) == key
    case "DE":
      return allDigits && digits.count == 9 && digits[0] != 0 && germanCheck(digits.prefix(8)) == digits[8]
    case "IT":
      guard allDigits, digits.count == 11, digits.prefix(7).contains(where: { $0 != 0 }) else { return false }
      let office = digits[7] * 100 + digits[8] * 10 + digits[9]
      return (1...100).contains(office) || [120, 121, 888, 999].contains(office)
        ? luhnCheck(digits.prefix(10)) == digits[10] : false
    case "NL":
      guard body.count == 12, body[9] == "B", body[0..<9].allSatisfy(\.isASCIINumber),
        body[10...].allSatisfy(\.isASCIINumber), String(body[10...]) != "00"
      else { return false }
      return dutchCheck(digits.prefix(8)) == digits[8]
    case "GB": return allDigits && isValidBritish(digits)
    default: return nil
    }
  }

  /// German USt-IdNr check digit over 8 digits (ISO 7064 MOD 11,10).
  static func germanCheck(_ digits: some Sequence<Int>) -> Int {
    var product = 10
    for digit in digits {
      var sum = (digit + product) % 10
      if sum == 0 { sum = 10 }
      product = (2 * sum) % 11
    }
    let check = 11 - product
    return check == 10 ? 0 : check
  }

  /// Belgian enterprise number check: 97 - (first 8 digits mod 97).
  static func belgianCheck(_ firstEight: Int) -> Int {
    97 - firstEight % 97
  }

  /// Dutch btw-id check over 8 digits: weights 9...2, the ninth digit makes the sum
  /// divisible by 11 (nil when no digit does).
  static func dutchCheck(_ digits: some Sequence<Int>) -> Int? {
    let sum = zip(digits, (2...9).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
    let check = sum % 11
    return check == 10 ? nil : check
  }
}

extension Character {
  var isASCIINumber: Bool { isASCII && isNumber }
}
