/// Hands out heading slugs unique within one document, in document order: the second
/// `Disputes` becomes `disputes-2`, the third `disputes-3`.
public struct SlugAllocator: Sendable {
  /// Every slug handed out, with the next suffix to try when it comes again as a base, so
  /// a slug repeated n times costs O(n), not O(n²).
  private var taken = SlugTable()
  /// The slug being built, reused so that a heading allocates nothing.
  private var scratch: [UInt8] = []

  /// Creates an allocator for a new document.
  public init() {}

  /// The unique slug for the next heading with this plain text.
  public mutating func allocate(for text: String) -> String {
    var text = text
    return text.withUTF8 { text in allocate(utf8: text) { String(decoding: $0, as: UTF8.self) } }
  }

  /// `allocate(for:)` for heading text given as UTF-8 bytes, writing the slug escaped to
  /// `output`: the renderer's path, without a `String`.
  mutating func allocate(utf8 text: UnsafeBufferPointer<UInt8>, escapedInto output: inout HTMLBuffer) {
    allocate(utf8: text) { output.appendEscaped(bytes: $0) }
  }

  /// `allocate(for:)` handing the slug's bytes to `body`, valid only during the call.
  private mutating func allocate<Result>(
    utf8 text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    scratch.removeAll(keepingCapacity: true)
    Slug.append(utf8: text, to: &scratch)
    // Not `taken.withKey(at: unique(), ...)`: that reads `taken` before `unique()` adds to it.
    let entry = unique()
    return taken.withKey(at: entry, body)
  }

  /// Makes the base slug in `scratch` unique and returns its entry in `taken`.
  private mutating func unique() -> Int {
    let (base, next) = scratch.withUnsafeBufferPointer { taken.updateValue(2, forKey: $0) }
    guard var suffix = next else { return base }
    let baseCount = scratch.count
    while true {
      scratch.removeSubrange(baseCount...)
      scratch.append(UInt8(ascii: "-"))
      Self.appendDecimal(suffix, to: &scratch)
      let (candidate, held) = scratch.withUnsafeBufferPointer { taken.updateValue(2, forKey: $0) }
      // A heading literally titled `Disputes 2` may already hold `disputes-2`: keep counting.
      guard let held else {
        taken.setValue(suffix + 1, at: base)
        return candidate
      }
      taken.setValue(held, at: candidate)
      suffix += 1
    }
  }

  private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    var divisor = 1
    while divisor <= value / 10 {
      divisor *= 10
    }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    } while divisor > 0
  }
}
