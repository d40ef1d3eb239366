/// Builds the generator's strings from UTF-8 bytes in one allocation each (none at all for
/// the short ones Swift stores inline), instead of interpolating and concatenating
/// `String`s piece by piece: a generated account holds dozens of them.
enum GeneratedText {
  /// The parts one after another. Fixed arities, not a variadic list: a variadic call
  /// allocates an array of its arguments, and the generator joins a dozen times per account.
  static func join(_ first: String, _ second: String) -> String {
    join(first, second, "", "")
  }

  /// The parts one after another.
  static func join(_ first: String, _ second: String, _ third: String) -> String {
    join(first, second, third, "")
  }

  /// The parts one after another.
  static func join(_ first: String, _ second: String, _ third: String, _ fourth: String) -> String {
    let total = first.utf8.count + second.utf8.count + third.utf8.count + fourth.utf8.count
    return String(unsafeUninitializedCapacity: total) { buffer in
      var offset = copy(first, into: buffer, at: 0)
      offset = copy(second, into: buffer, at: offset)
      offset = copy(third, into: buffer, at: offset)
      return copy(fourth, into: buffer, at: offset)
    }
  }

  /// Copies `part` into `buffer` at `offset`; returns the offset after it. Native and small
  /// strings are read in place, without the copy (a retain and a release) that the mutating
  /// `withUTF8` needs.
  @inline(__always)
  private static func copy(
    _ part: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    func copy(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
      var position = offset
      for byte in utf8 {
        buffer[position] = byte
        position += 1
      }
      return position
    }
    if let end = part.utf8.withContiguousStorageIfAvailable(copy) { return end }
    var part = part
    return part.withUTF8(copy)
  }

  /// `prefix` and the decimal digits of `value` (not negative).
  static func join(_ prefix: String, _ value: Int) -> String {
    join(prefix, "", "", value, width: 1)
  }

  /// An invoice number: `prefix`, the four digits of `year` (0-9999), `-`, and `serial`
  /// zero-padded to six digits (`F2025-012345`), with no intermediate strings.
  static func invoiceNumber(prefix: String, year: Int, serial: Int) -> String {
    let serial = max(0, serial)
    var length = 6
    var probe = serial / 1_000_000
    while probe > 0 {
      probe /= 10
      length += 1
    }
    let head = prefix.utf8.count
    return String(unsafeUninitializedCapacity: head + 5 + length) { buffer in
      let offset = copy(prefix, into: buffer, at: 0)
      // Year and the usual six-digit serial with constant divisors, which compile to
      // multiplications: an account numbers a dozen invoices.
      buffer[offset] = UInt8(truncatingIfNeeded: 48 + year / 1000 % 10)
      buffer[offset + 1] = UInt8(truncatingIfNeeded: 48 + year / 100 % 10)
      buffer[offset + 2] = UInt8(truncatingIfNeeded: 48 + year / 10 % 10)
      buffer[offset + 3] = UInt8(truncatingIfNeeded: 48 + year % 10)
      buffer[offset + 4] = UInt8(ascii: "-")
      var rest = serial
      var position = offset + 5 + length - 1
      while position >= offset + 5 {
        buffer[position] = UInt8(truncatingIfNeeded: 48 + rest % 10)
        rest /= 10
        position -= 1
      }
      return offset + 5 + length
    }
  }

  /// `prefix`, `middle`, `separator` and the digits of `value` (not negative) zero-padded
  /// to `width`, built in one go: invoice numbers are made by the dozen per account.
  static func join(_ prefix: String, _ middle: String, _ separator: String, _ value: Int, width: Int)
    -> String
  {
    let value = UInt64(max(0, value))
    let length = digitCount(value, width: width)
    let head = prefix.utf8.count + middle.utf8.count + separator.utf8.count
    return String(unsafeUninitializedCapacity: head + length) { buffer in
      var offset = copy(prefix, into: buffer, at: 0)
      offset = copy(middle, into: buffer, at: offset)
      offset = copy(separator, into: buffer, at: offset)
      if let base = buffer.baseAddress { writeDigits(value, length: length, to: base + offset) }
      return offset + length
    }
  }

  /// How many decimal digits `value` takes, at least `width`.
  @inline(__always)
  static func digitCount(_ value: UInt64, width: Int) -> Int {
    var length = 1
    var probe = value
    while probe >= 10 {
      probe /= 10
      length += 1
    }
    return max(length, width)
  }

  /// Writes the low `length` decimal digits of `value`, zero-padded, at `target`.
  @inline(__always)
  static func writeDigits(_ value: UInt64, length: Int, to target: UnsafeMutablePointer<UInt8>) {
    // Two digits per division, from a table of the hundred pairs: an account writes some
    // three hundred digits.
    let pairs = digitPairs.utf8Start
    var rest = value
    var position = length
    while position >= 2 {
      let pair = Int(truncatingIfNeeded: rest % 100)
      rest /= 100
      position -= 2
      target[position] = pairs[2 * pair]
      target[position + 1] = pairs[2 * pair + 1]
    }
    if position == 1 { target[0] = UInt8(truncatingIfNeeded: 48 + rest % 10) }
  }

  /// "00", "01" ... "99" one after another.
  static var digitPairs: StaticString {
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
  }

  /// `value` with leading zeros to at least `width` digits.
  static func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    let pad = max(0, width - digits.utf8.count)
    return pad == 0 ? digits : join(String(repeating: "0", count: pad), digits)
  }
}
