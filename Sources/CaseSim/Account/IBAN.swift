/// International bank account numbers (ISO 13616): check digits by ISO 7064 MOD 97-10, and
/// the Spanish national control digits inside the BBAN.
enum IBAN {
  /// The check digits as a number, 2-98.
  static func checkNumber(country: String, bban: some Sequence<UInt8>) -> Int {
    // The country and "00" follow the BBAN; "00" multiplies the remainder by 100.
    let remainder = mod97(country, continuing: mod97(bytes: bban)) * 100 % 97
    return 98 - remainder
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
    mod97(bytes: text.utf8, continuing: start)
  }

  /// `mod97` over UTF-8 bytes. Digits are gathered into a 64-bit number and reduced only
  /// when it grows large, one division per dozen digits instead of one per digit: an IBAN
  /// check runs for every generated account.
  static func mod97(bytes: some Sequence<UInt8>, continuing start: Int = 0) -> Int {
    var value = UInt64(max(0, start))
    for byte in bytes {
      if byte >= 48, byte <= 57 {
        value = value * 10 + UInt64(byte - 48)
      } else if byte >= 65, byte <= 90 {
        value = value * 100 + UInt64(byte - 55)
      } else {
        continue
      }
      // Below 2^56 before the next step, so value * 100 + 99 never overflows.
      if value >= 1 << 56 { value %= 97 }
    }
    return Int(value % 97)
  }

  /// Spanish CCC control digits (bank+branch, then account), weights 1,2,4,8,5,10,9,7,3,6.
  /// The bank and branch digits are weighted as if preceded by two zeros.
  static func spanishControl(bankBranch: some Sequence<Int>, account: some Sequence<Int>) -> (Int, Int) {
    (spanishControlDigit(bankBranch, firstWeight: 2), spanishControlDigit(account, firstWeight: 0))
  }

  private static func spanishControlDigit(_ digits: some Sequence<Int>, firstWeight: Int) -> Int {
    var sum = 0
    var position = firstWeight
    for digit in digits where position < 10 {
      // The weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 are 2^position mod 11.
      sum += digit * ((1 << position) % 11)
      position += 1
    }
    let check = 11 - sum % 11
    return check == 11 ? 0 : check == 10 ? 1 : check
  }
}
