/// Hands out heading slugs unique within one document, in document order: the second
/// `Disputes` becomes `disputes-2`, the third `disputes-3`.
public struct SlugAllocator: Sendable {
  private var used: Set<String> = []
  /// The next suffix to try per base slug, so a slug repeated n times costs O(n), not O(n²).
  private var nextSuffix: [String: Int] = [:]

  /// Creates an allocator for a new document.
  public init() {}

  /// The unique slug for the next heading with this plain text.
  public mutating func allocate(for text: String) -> String {
    unique(Slug.make(text))
  }

  /// `allocate(for:)` for heading text given as UTF-8 bytes.
  mutating func allocate(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
    unique(Slug.make(utf8: text))
  }

  private mutating func unique(_ base: String) -> String {
    if used.insert(base).inserted { return base }
    var suffix = nextSuffix[base, default: 2]
    var candidate = Self.suffixed(base, suffix)
    // A heading literally titled `Disputes 2` may already hold `disputes-2`: keep counting.
    while used.contains(candidate) {
      suffix += 1
      candidate = Self.suffixed(base, suffix)
    }
    nextSuffix[base] = suffix + 1
    used.insert(candidate)
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
