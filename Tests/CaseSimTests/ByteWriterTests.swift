import CivilCalendar
import Testing

@testable import CaseSim

/// The writer copies strings eight bytes at a time and formats numbers and dates without
/// `String`: each is checked here against the plain way of writing the same text.
@Suite struct ByteWriterTests {
  static func written(_ write: (inout ByteWriter) -> Void) -> String {
    var writer = ByteWriter(capacity: 64)
    write(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// JSON string escaping one character at a time, as the writer's slow path does.
  static func reference(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u00" + (hex.count < 2 ? "0" : "") + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  @Test func escapesEveryByteThatNeedsItAtEveryPosition() {
    let specials: [Character] = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t"]
    for length in 0...19 {
      let plain = String(repeating: "a", count: length)
      #expect(Self.written { $0.string(plain) } == Self.reference(plain))
      for position in 0..<length {
        for special in specials {
          var characters = Array(plain)
          characters[position] = special
          let text = String(characters)
          #expect(Self.written { $0.string(text) } == Self.reference(text), "\(text.debugDescription)")
        }
      }
    }
  }

  @Test(arguments: [
    "", " ", "Transportes García Muñoz S.L.", "Müller & Söhne GmbH & Co. KG", "~!#$%&'()*+,-./",
  ])
  func copiesTextThatNeedsNoEscaping(_ text: String) {
    #expect(Self.written { $0.string(text) } == Self.reference(text))
  }

  @Test func writesNumbersAmountsAndDates() {
    for value: UInt64 in [0, 9, 10, 99, 100, 123_456, 999_999_999, UInt64.max] {
      #expect(Self.written { $0.unsigned(value) } == String(value))
    }
    for minor: Int64 in [0, 5, 99, 100, 12_345, -1, -250, 1_000_000_007, -9_999_999_999] {
      let money = Money(minorUnits: minor)
      #expect(Self.written { $0.amount(money) } == "\"\(money.decimalString)\"")
      #expect(Self.written { $0.amountDigits(money) } == money.decimalString)
    }
    for days in [-1, 0, 10_956, 10_957, 20_000, 47_481, 47_482, 60_000] {
      let date = CivilDate(daysSinceEpoch: days)
      #expect(Self.written { $0.date(date) } == "\"\(date.iso)\"")
    }
  }
}
