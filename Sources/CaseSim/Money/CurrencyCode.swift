/// A currency's code (ISO 4217, `EUR`) held as up to 15 UTF-8 bytes in two integers, so a
/// `Money` is plain words: copying or comparing one touches no reference count.
struct CurrencyCode: Sendable, Hashable {
  /// The most bytes a code keeps; ISO codes have three.
  static let capacity = 15

  /// The code's bytes, little-endian, then zeros; the last byte of `high` is the length.
  private let low: UInt64
  private let high: UInt64

  /// The code of `text`; text beyond `capacity` bytes is cut (see `fits`).
  init(_ text: String) {
    var words: (UInt64, UInt64) = (0, 0)
    var length = 0
    for byte in text.utf8.prefix(Self.capacity) {
      if length < 8 {
        words.0 |= UInt64(byte) << (8 * length)
      } else {
        words.1 |= UInt64(byte) << (8 * (length - 8))
      }
      length += 1
    }
    low = words.0
    high = words.1 | UInt64(length) << 56
  }

  /// Whether `text` is kept whole.
  static func fits(_ text: String) -> Bool {
    text.utf8.count <= capacity
  }

  /// The code as text.
  var text: String {
    withUTF8 { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the code's UTF-8 bytes.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let length = Int(high >> 56)
    return withUnsafeBytes(of: (low, high)) { bytes in
      body(UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self)[0..<length]))
    }
  }
}
