/// The lines of a Markdown body, split where cmark splits them (`\n`, `\r\n` or `\r`), so
/// node line numbers index them. Line starts are found on demand, scanning only as far as
/// the last line asked for: tables are looked up in document order, so the body is
/// scanned at most once and never copied.
struct SourceLines {
  private var source: String
  /// Byte offset of the start of each line found so far; index 0 is line 1.
  private var starts: [Int] = [0]
  /// Whether `starts` already holds every line of the body.
  private var complete = false

  init(_ source: String) {
    var source = source
    source.makeContiguousUTF8()
    self.source = source
  }

  /// The bytes of 1-based line `number` without its line ending, copied out, or nil when
  /// the body has no such line.
  mutating func line(_ number: Int) -> ArraySlice<UInt8>? {
    guard number >= 1 else { return nil }
    scan(through: number)
    guard number <= starts.count else { return nil }
    let start = starts[number - 1]
    return source.utf8.withContiguousStorageIfAvailable { bytes -> ArraySlice<UInt8>? in
      guard start < bytes.count || (start == bytes.count && number == 1) else { return nil }
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") {
        end += 1
      }
      return ArraySlice(bytes[start..<end])
    } ?? nil
  }

  /// Records line starts until line `number` is known or the body ends.
  private mutating func scan(through number: Int) {
    guard !complete, starts.count < number else { return }
    let found: [Int]? = source.utf8.withContiguousStorageIfAvailable { bytes in
      var found: [Int] = []
      guard let last = starts.last else { return found }
      var index = last
      while index < bytes.count && starts.count + found.count < number {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
          if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
            index += 1
          }
          if index + 1 < bytes.count {
            found.append(index + 1)
          }
        }
        index += 1
      }
      return found
    }
    starts.append(contentsOf: found ?? [])
    if starts.count < number {
      complete = true
    }
  }
}
