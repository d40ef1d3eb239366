import Foundation

/// The lines of a Markdown body, split where cmark splits them (`\n`, `\r\n` or `\r`), so
/// node line numbers index them. Line starts are found on demand, scanning only as far as
/// the last line asked for: tables are looked up in document order, so the body is
/// scanned at most once.
struct SourceLines {
  /// The body's bytes, in one array so that every line is a slice of it: copying each
  /// table line out on its own cost more than splitting it into cells. Offsets below count
  /// from `bytes.startIndex`.
  private let bytes: ArraySlice<UInt8>
  /// Byte offset of the start of each line found so far; index 0 is line 1.
  private var starts: [Int] = [0]
  /// Whether `starts` already holds every line of the body.
  private var complete = false
  /// Whether the body holds a `\r` at all; without one, line ends are found with `memchr`,
  /// which keeps a multi-megabyte body with many tables off the profile.
  private let hasCarriageReturn: Bool

  /// The lines of `source`, copied to bytes once.
  init(_ source: Substring) {
    self.init(ArraySlice(source.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(source.utf8)))
  }

  /// The lines of a body already held as bytes (not copied).
  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    hasCarriageReturn = bytes.withUnsafeBufferPointer { bytes in
      bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
    }
  }

  /// The bytes of 1-based line `number` without its line ending, or nil when the body has
  /// no such line.
  mutating func line(_ number: Int) -> ArraySlice<UInt8>? {
    guard number >= 1 else { return nil }
    scan(through: number)
    guard number <= starts.count else { return nil }
    let start = starts[number - 1]
    guard start < bytes.count || (start == bytes.count && number == 1) else { return nil }
    let end = bytes.withUnsafeBufferPointer { bytes in
      Self.lineEnd(in: bytes, from: start, carriageReturns: hasCarriageReturn)
    }
    return bytes[bytes.startIndex + start..<bytes.startIndex + end]
  }

  /// Records line starts until line `number` is known or the body ends.
  private mutating func scan(through number: Int) {
    guard !complete, starts.count < number else { return }
    let hasCarriageReturn = hasCarriageReturn
    var starts = self.starts
    self.starts = []
    let reachedEnd = bytes.withUnsafeBufferPointer { bytes -> Bool in
      while starts.count < number, let from = starts.last {
        let end = Self.lineEnd(in: bytes, from: from, carriageReturns: hasCarriageReturn)
        guard end < bytes.count else { return true }
        var next = end + 1
        if bytes[end] == UInt8(ascii: "\r"), next < bytes.count, bytes[next] == UInt8(ascii: "\n") {
          next += 1
        }
        guard next < bytes.count else { return true }
        starts.append(next)
      }
      return false
    }
    self.starts = starts
    complete = reachedEnd
  }

  /// Offset of the first line ending at or after `start`, or the end of the body.
  private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, carriageReturns: Bool)
    -> Int
  {
    guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
    if !carriageReturns {
      guard let hit = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") {
      end += 1
    }
    return end
  }
}
