/// International bank account numbers (ISO 13616): check digits by ISO 7064 MOD 97-10, and
/// the Spanish national control digits inside the BBAN.
enum IBAN {
  /// The two check digits for `country` and `bban`.
  static func checkDigits(country: String, bban: String) -> String {
    let remainder = mod97(country + "00", continuing: mod97(bban))
    return GeneratedText.zeroPadded(98 - remainder, width: 2)
  }

  /// Builds the IBAN in electronic form (no spaces).
  static func make(country: String, bban: String) -> String {
    GeneratedText.join(country, checkDigits(country: country, bban: bban), bban)
  }

  /// Whether `iban` passes the MOD 97-10 check.
  static func isValid(_ iban: String) -> Bool {
    let characters = Array(iban)
    guard characters.count >= 15, characters.count <= 34,
      characters.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) })
    else { return false }
    let rearranged = String(characters[4...]) + String(characters[0..<4])
    return mod97(rearranged) == 1
  }

  /// The remainder mod 97 of the number spelt by `text`, letters counting A = 10 ... Z = 35.
  /// `continuing` is the remainder of the digits before `text`.
  static func mod97(_ text: String, continuing start: Int = 0) -> Int {
    var remainder = start
    for value in text.utf8 {
      if value >= 48, value <= 57 {
        remainder = (remainder * 10 + Int(value - 48)) % 97
      } else if value >= 65, value <= 90 {
        remainder = (remainder * 100 + Int(value - 55)) % 97
      }
    }
    return remainder
  }

  /// Spanish CCC control digits (bank+branch, then account), weights 1,2,4,8,5,10,9,7,3,6.
  static func spanishControl(bankBranch: [Int], account: [Int]) -> (Int, Int) {
    let weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    func digit(_ digits: [Int]) -> Int {
      let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
      let check = 11 - sum % 11
      return check == 11 ? 0 : check == 10 ? 1 : check
    }
    return (digit([0, 0] + bankBranch), digit(account))
  }
}
