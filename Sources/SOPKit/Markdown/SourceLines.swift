/// The lines of a Markdown body, split where cmark splits them (`\n`, `\r\n` or `\r`), so
/// node line numbers index them. Built only when an extension needs the raw source.
struct SourceLines {
  private let bytes: [UInt8]
  /// Byte range of each line without its line ending; index 0 is line 1.
  private var lines: [Range<Int>] = []

  init(_ text: String) {
    bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
          lines.append(start..<index)
          if byte == UInt8(ascii: "\r"), index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") {
            index += 1
          }
          start = index + 1
        }
        index += 1
      }
      if start < buffer.count {
        lines.append(start..<buffer.count)
      }
    }
  }

  /// The bytes of 1-based line `number`, or nil when the body has no such line.
  func line(_ number: Int) -> ArraySlice<UInt8>? {
    guard number >= 1, number <= lines.count else { return nil }
    return bytes[lines[number - 1]]
  }
}
