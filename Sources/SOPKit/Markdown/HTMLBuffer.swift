/// The bytes of an HTML fragment under construction, with cmark's escaping rules.
///
/// Rendering appends to one growing `[UInt8]` and escapes by scanning UTF-8 bytes: copying
/// runs of safe bytes in one go is what keeps the renderer near cmark's own speed.
struct HTMLBuffer {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The fragment as a string (cmark's output is valid UTF-8 because its input was).
  var string: String { String(decoding: bytes, as: UTF8.self) }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends a string's bytes; a separate label so literals always take the
  /// `StaticString` overload (a ternary of literals would otherwise build a `String`).
  mutating func append(contentsOf text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  mutating func append(decimal value: Int) {
    guard value >= 0 && value < 10 else { return append(contentsOf: String(value)) }
    bytes.append(UInt8(ascii: "0") + UInt8(value))
  }

  /// Starts a new line unless the output is empty or already ends with one (cmark's `cr`).
  mutating func newline() {
    if let last = bytes.last, last != UInt8(ascii: "\n") {
      bytes.append(UInt8(ascii: "\n"))
    }
  }

  /// Appends `text` with `&`, `<`, `>` and `"` escaped, as cmark's `escape_html` does.
  mutating func appendEscaped(_ text: String) {
    var text = text
    text.withUTF8 { appendEscaped(bytes: $0) }
  }

  mutating func appendEscaped(bytes source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    var index = 0
    let count = source.count
    while index < count {
      let byte = source[index]
      // Every escaped byte is at most '>' (0x3E); most text bytes are letters above it.
      if byte > 0x3E {
        index += 1
        continue
      }
      let replacement: StaticString
      switch byte {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      default:
        index += 1
        continue
      }
      if runStart < index {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      }
      append(replacement)
      index += 1
      runStart = index
    }
    if runStart < count {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }
  }

  /// Appends a link or image destination escaped as cmark's `escape_href` does: bytes
  /// outside the URL-safe set are percent-encoded, `&` and `'` become entities.
  mutating func appendEscapedURL(bytes source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    let count = source.count
    for index in 0..<count {
      let byte = source[index]
      if Self.isURLSafe(byte) { continue }
      if runStart < index {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      }
      switch byte {
      case UInt8(ascii: "&"): append("&amp;")
      case UInt8(ascii: "'"): append("&#x27;")
      default:
        bytes.append(UInt8(ascii: "%"))
        bytes.append(Self.hexDigit(byte >> 4))
        bytes.append(Self.hexDigit(byte & 0x0F))
      }
      runStart = index + 1
    }
    if runStart < count {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }
  }

  /// cmark's href-safe set: ASCII letters, digits and `!#$%()*+,-./:;=?@_~`.
  private static func isURLSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="),
      UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  private static func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
  }
}
