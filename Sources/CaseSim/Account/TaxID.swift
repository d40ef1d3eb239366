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

  /// French VAT key for a 9-digit SIREN: (12 + 3 * (SIREN mod 97)) mod 97.
  static func frenchKey(siren: Int) -> Int {
    (12 + 3 * (siren % 97)) % 97
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

  /// Italian partita IVA check digit over 10 digits (Luhn).
  static func italianCheck(_ digits: some Sequence<Int>) -> Int {
    var sum = 0
    for (offset, digit) in digits.enumerated() {
      if offset % 2 == 0 {
        sum += digit
      } else {
        let doubled = digit * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      }
    }
    return (10 - sum % 10) % 10
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
