/// Hands out heading slugs unique within one document, in document order: the second
/// `Disputes` becomes `disputes-2`, the third `disputes-3`.
public struct SlugAllocator: Sendable {
  private var used: Set<String> = []

  /// Creates an allocator for a new document.
  public init() {}

  /// The unique slug for the next heading with this plain text.
  public mutating func allocate(for text: String) -> String {
    let base = Slug.make(text)
    var candidate = base
    var suffix = 2
    // A heading literally titled `Disputes 2` may already hold `disputes-2`: keep counting.
    while used.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    used.insert(candidate)
    return candidate
  }
}
