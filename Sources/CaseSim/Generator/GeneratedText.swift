/// Builds the generator's strings from UTF-8 bytes in one allocation each (none at all for
/// the short ones Swift stores inline), instead of interpolating and concatenating
/// `String`s piece by piece: a generated account holds dozens of them.
enum GeneratedText {
  /// The parts one after another.
  static func join(_ parts: String...) -> String {
    var total = 0
    for part in parts { total += part.utf8.count }
    return String(unsafeUninitializedCapacity: total) { buffer in
      var offset = 0
      for var part in parts {
        part.withUTF8 { utf8 in
          for byte in utf8 {
            buffer[offset] = byte
            offset += 1
          }
        }
      }
      return offset
    }
  }

  /// `prefix`, `middle`, `separator` and the digits of `value` (not negative) zero-padded
  /// to `width`, built in one go: invoice numbers are made by the dozen per account.
  static func join(_ prefix: String, _ middle: String, _ separator: String, _ value: Int, width: Int)
    -> String
  {
    let value = max(0, value)
    var length = 1
    var probe = value
    while probe >= 10 {
      probe /= 10
      length += 1
    }
    length = max(length, width)
    var (first, second, third) = (prefix, middle, separator)
    let head = first.utf8.count + second.utf8.count + third.utf8.count
    return String(unsafeUninitializedCapacity: head + length) { buffer in
      var offset = 0
      func copy(_ part: inout String) {
        part.withUTF8 { utf8 in
          for byte in utf8 {
            buffer[offset] = byte
            offset += 1
          }
        }
      }
      copy(&first)
      copy(&second)
      copy(&third)
      var rest = value
      for position in stride(from: offset + length - 1, through: offset, by: -1) {
        buffer[position] = UInt8(truncatingIfNeeded: 48 + rest % 10)
        rest /= 10
      }
      return offset + length
    }
  }

  /// `count` random decimal digits.
  static func digits(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
    let count = max(0, count)
    return String(unsafeUninitializedCapacity: count) { buffer in
      for index in 0..<count { buffer[index] = UInt8(48 + generator.int(in: 0...9)) }
      return count
    }
  }

  /// `count` random capital letters.
  static func letters(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
    let count = max(0, count)
    return String(unsafeUninitializedCapacity: count) { buffer in
      for index in 0..<count { buffer[index] = UInt8(65 + generator.int(in: 0...25)) }
      return count
    }
  }

  /// Single digits 0-9 written as text.
  static func digits(_ values: [Int]) -> String {
    String(unsafeUninitializedCapacity: values.count) { buffer in
      for (index, value) in values.enumerated() { buffer[index] = UInt8(truncatingIfNeeded: 48 + value) }
      return values.count
    }
  }

  /// `value` with leading zeros to at least `width` digits.
  static func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    let pad = max(0, width - digits.utf8.count)
    return pad == 0 ? digits : join(String(repeating: "0", count: pad), digits)
  }
}
