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
