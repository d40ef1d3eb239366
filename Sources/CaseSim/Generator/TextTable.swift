/// A list of strings stored as one block of UTF-8 bytes, each read by position as a byte
/// buffer. Reading one costs no reference count, where copying a `String` out of a shared
/// array costs an atomic increment and decrement that two generator threads contend for.
/// The block is freed by `deallocate()`, which its owner (a `NameBook`) calls in its deinit.
/// It ends with `slack` spare bytes, so an entry may be read in whole 8-byte words.
struct TextTable: @unchecked Sendable {
  /// Bytes that may be read past the end of any entry.
  static let slack = 8

  private let bytes: UnsafeMutablePointer<UInt8>
  /// `ends[i]` is where entry `i` ends; entry `i` starts where entry `i - 1` ends.
  private let ends: UnsafeMutablePointer<Int>
  /// Number of entries.
  let count: Int

  init(_ entries: [[UInt8]]) {
    count = entries.count
    let total = entries.reduce(0) { $0 + $1.count }
    bytes = .allocate(capacity: total + Self.slack)
    (bytes + total).initialize(repeating: 0, count: Self.slack)
    ends = .allocate(capacity: max(1, entries.count))
    var offset = 0
    for (index, entry) in entries.enumerated() {
      (bytes + offset).initialize(from: entry, count: entry.count)
      offset += entry.count
      ends[index] = offset
    }
  }

  init(_ entries: [String]) {
    self.init(entries.map { Array($0.utf8) })
  }

  /// Entry `index`'s bytes.
  @inline(__always)
  subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = index == 0 ? 0 : ends[index - 1]
    return UnsafeBufferPointer(start: bytes + start, count: ends[index] - start)
  }

  func deallocate() {
    bytes.deallocate()
    ends.deallocate()
  }
}
