/// Hands out heading slugs unique within one document, in document order: the second
/// `Disputes` becomes `disputes-2`, the third `disputes-3`.
public struct SlugAllocator: Sendable {
  /// Every slug handed out, with the next suffix to try when it comes again as a base, so
  /// a slug repeated n times costs O(n), not O(n²). One table, not a set and a dictionary:
  /// hashing was most of the cost of a heading in a long document.
  private var taken: [String: Int] = [:]

  /// Creates an allocator for a new document.
  public init() {
    taken.reserveCapacity(64)
  }

  /// The unique slug for the next heading with this plain text.
  public mutating func allocate(for text: String) -> String {
    unique(Slug.make(text))
  }

  /// `allocate(for:)` for heading text given as UTF-8 bytes.
  mutating func allocate(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
    unique(Slug.make(utf8: text))
  }

  private mutating func unique(_ base: String) -> String {
    guard var suffix = taken.updateValue(2, forKey: base) else { return base }
    var candidate = Self.suffixed(base, suffix)
    // A heading literally titled `Disputes 2` may already hold `disputes-2`: keep counting.
    while let held = taken.updateValue(2, forKey: candidate) {
      taken[candidate] = held
      suffix += 1
      candidate = Self.suffixed(base, suffix)
    }
    taken[base] = suffix + 1
    return candidate
  }

  /// `base-suffix`, built by appending: string interpolation cost more than the rest of
  /// the heading when a long document repeats its headings.
  private static func suffixed(_ base: String, _ suffix: Int) -> String {
    var result = base
    result.reserveCapacity(base.utf8.count + 8)
    result.append("-")
    result.append(String(suffix))
    return result
  }
}
