/// The bytes of an HTML fragment under construction, with cmark's escaping rules.
///
/// Rendering copies runs of bytes into one pre-sized `[UInt8]` with `memcpy` and escapes
/// by scanning UTF-8 bytes: `Array.append(contentsOf:)` took a generic path per call that
/// cost more than the escaping itself. `storage` past `count` is never read: it starts
/// uninitialized, so the pages of a multi-megabyte buffer are touched only when written.
struct HTMLBuffer {
  private var storage: [UInt8]
  /// Bytes written so far: `storage[0..<count]`.
  private var count = 0

  init(capacity: Int = 0) {
    let capacity = max(capacity, 64)
    storage = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      // Megabytes of output (a large SOP) fault in as huge pages: untouched until written.
      if capacity >= 2 * HugePages.size, let start = buffer.baseAddress {
        HugePages.advise(UnsafeMutableRawPointer(start), byteCount: capacity)
      }
      initialized = capacity
    }
  }

  /// The fragment's bytes, handed over without a copy; the buffer is empty afterwards.
  mutating func takeBytes() -> [UInt8] {
    storage.removeLast(storage.count - count)
    defer {
      storage = []
      count = 0
    }
    return storage
  }

  /// The fragment as a string (cmark's output is valid UTF-8 because its input was).
  var string: String { String(decoding: storage[0..<count], as: UTF8.self) }

  mutating func append(_ literal: StaticString) {
    // A one-character literal may be held as a scalar rather than as bytes.
    guard literal.hasPointerRepresentation else { return literal.withUTF8Buffer { append(raw: $0) } }
    append(raw: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends a string's bytes; a separate label so literals always take the
  /// `StaticString` overload (a ternary of literals would otherwise build a `String`).
  mutating func append(contentsOf text: String) {
    var text = text
    text.withUTF8 { append(raw: $0) }
  }

  mutating func append(byte: UInt8) {
    if count == storage.count { grow(toHold: 1) }
    storage[count] = byte
    count += 1
  }

  mutating func append(decimal value: Int) {
    guard value >= 0 && value < 10 else { return append(contentsOf: String(value)) }
    append(byte: UInt8(ascii: "0") + UInt8(value))
  }

  /// Starts a new line unless the output is empty or already ends with one (cmark's `cr`).
  mutating func newline() {
    if count > 0, storage[count - 1] != UInt8(ascii: "\n") {
      append(byte: UInt8(ascii: "\n"))
    }
  }

  /// Copies `source` after the bytes written so far.
  mutating func append(raw source: UnsafeBufferPointer<UInt8>) {
    guard let from = source.baseAddress, !source.isEmpty else { return }
    if storage.count - count < source.count { grow(toHold: source.count) }
    let offset = count
    storage.withUnsafeMutableBufferPointer { storage in
      storage.baseAddress.map { ($0 + offset).update(from: from, count: source.count) }
    }
    count += source.count
  }

  /// Makes room for `extra` more bytes, at least doubling the storage.
  private mutating func grow(toHold extra: Int) {
    let target = max(storage.count * 2, count + extra)
    storage.append(contentsOf: repeatElement(0, count: target - storage.count))
  }

  /// Appends `text` with `&`, `<`, `>` and `"` escaped, as cmark's `escape_html` does.
  mutating func appendEscaped(_ text: String) {
    var text = text
    text.withUTF8 { appendEscaped(bytes: $0) }
  }

  mutating func appendEscaped(bytes source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress else { return }
    var runStart = 0
    var index = 0
    let count = source.count
    while index < count {
      // Eight bytes at a time while none of them is escaped: most text has no `&<>"`.
      while count - index >= 8,
        !Self.mayHoldEscapedByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
      // Then the next eight (or the last few) one by one.
      let end = min(index + 8, count)
      while index < end {
        let byte = base[index]
        // Every escaped byte is at most '>' (0x3E); most text bytes are letters above it,
        // and the rest (spaces, digits, punctuation) are told apart by one mask test.
        if byte > 0x3E || (Self.escapedBelow0x3F >> UInt64(byte)) & 1 == 0 {
          index += 1
          continue
        }
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        default: replacement = "&quot;"
        }
        if runStart < index {
          append(raw: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        }
        append(replacement)
        index += 1
        runStart = index
      }
    }
    if runStart < count {
      append(raw: UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }
  }

  /// Whether one of the eight bytes of `word` may be `"`, `&`, `<` or `>` (no false
  /// negatives). Clearing bit 2 maps `&` onto `"` and clearing bit 1 maps `>` onto `<`;
  /// a byte is then a hit when it XORs to zero, found with the classic any-zero-byte test.
  private static func mayHoldEscapedByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quoteOrAmpersand = (word & 0xFBFB_FBFB_FBFB_FBFB) ^ 0x2222_2222_2222_2222
    let angleBracket = (word & 0xFDFD_FDFD_FDFD_FDFD) ^ 0x3C3C_3C3C_3C3C_3C3C
    let zeroBytes =
      ((quoteOrAmpersand &- ones) & ~quoteOrAmpersand) | ((angleBracket &- ones) & ~angleBracket)
    return zeroBytes & 0x8080_8080_8080_8080 != 0
  }

  /// Bit n is set when byte n (below 0x3F) is escaped: `"`, `&`, `<` and `>`.
  private static let escapedBelow0x3F: UInt64 =
    1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

  /// Appends a link or image destination escaped as cmark's `escape_href` does: bytes
  /// outside the URL-safe set are percent-encoded, `&` and `'` become entities.
  mutating func appendEscapedURL(bytes source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    let count = source.count
    for index in 0..<count {
      let byte = source[index]
      if Self.isURLSafe(byte) { continue }
      if runStart < index {
        append(raw: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      }
      switch byte {
      case UInt8(ascii: "&"): append("&amp;")
      case UInt8(ascii: "'"): append("&#x27;")
      default:
        append(byte: UInt8(ascii: "%"))
        append(byte: Self.hexDigit(byte >> 4))
        append(byte: Self.hexDigit(byte & 0x0F))
      }
      runStart = index + 1
    }
    if runStart < count {
      append(raw: UnsafeBufferPointer(rebasing: source[runStart..<count]))
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
