/// Appends JSON and CSV text straight into a byte buffer: no intermediate `String`s or
/// `JSONEncoder`, which is what lets `case generate` stream a million accounts a second.
struct ByteWriter {
  var bytes: [UInt8] = []

  init(capacity: Int = 1 << 17) {
    bytes.reserveCapacity(capacity)
  }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func byte(_ value: UInt8) {
    bytes.append(value)
  }

  /// A JSON string literal, escaped.
  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      for byte in utf8 {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        case 0..<0x20:
          raw("\\u00")
          bytes.append(Self.hex[Int(byte >> 4)])
          bytes.append(Self.hex[Int(byte & 0xF)])
        default: bytes.append(byte)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Unescaped text (the caller knows it needs no quoting).
  mutating func text(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func int(_ value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      unsigned(UInt64(value.magnitude))
    } else {
      unsigned(UInt64(value))
    }
  }

  mutating func unsigned(_ value: UInt64) {
    if value < 10 {
      bytes.append(48 + UInt8(value))
      return
    }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 {
        buffer[count] = 48 + UInt8(rest % 10)
        rest /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  mutating func padded(_ value: Int, width: Int) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(48 + UInt8(rest / divisor % 10))
      rest %= divisor
      divisor /= 10
    }
  }

  /// `YYYY-MM-DD` without quotes.
  mutating func dateDigits(_ date: CivilDate) {
    let (year, month, day) = date.components
    padded(year, width: 4)
    bytes.append(UInt8(ascii: "-"))
    padded(month, width: 2)
    bytes.append(UInt8(ascii: "-"))
    padded(day, width: 2)
  }

  /// `"YYYY-MM-DD"`.
  mutating func date(_ date: CivilDate) {
    bytes.append(UInt8(ascii: "\""))
    dateDigits(date)
    bytes.append(UInt8(ascii: "\""))
  }

  /// `1234.56` without quotes.
  mutating func amountDigits(_ money: Money) {
    let minor = money.minorUnits
    if minor < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = minor.magnitude
    unsigned(magnitude / 100)
    bytes.append(UInt8(ascii: "."))
    padded(Int(magnitude % 100), width: 2)
  }

  /// `"1234.56"`: amounts travel as decimal strings so no reader turns them into floats.
  mutating func amount(_ money: Money) {
    bytes.append(UInt8(ascii: "\""))
    amountDigits(money)
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func bool(_ value: Bool) {
    value ? raw("true") : raw("false")
  }

  /// A CSV field, quoted only when it holds a comma, quote or line break.
  mutating func csvField(_ text: String) {
    let needsQuotes = text.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    }
    guard needsQuotes else { return self.text(text) }
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
