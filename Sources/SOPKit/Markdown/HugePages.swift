#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Multi-megabyte buffers backed by transparent huge pages where the kernel offers them.
///
/// Rendering a large SOP touches tens of megabytes of fresh memory (the parse arena, the
/// HTML output); faulting it in 4 KiB at a time cost more system time than cmark's whole
/// parse. A 2 MiB page is one fault. The kernel treats the advice as a hint: with huge
/// pages off, or on other systems, these are ordinary allocations.
enum HugePages {
  /// Size and alignment of one huge page on x86-64 and arm64 Linux.
  static let size = 1 << 21

  /// `malloc`-compatible memory of `byteCount` bytes (release with `free`), aligned to a
  /// huge page and advised to use them.
  static func allocate(byteCount: Int) -> UnsafeMutableRawPointer? {
    var memory: UnsafeMutableRawPointer?
    guard posix_memalign(&memory, size, byteCount) == 0, let memory else { return nil }
    advise(memory, byteCount: byteCount)
    return memory
  }

  /// Advises the whole huge pages inside `start..<start + byteCount` to be backed by huge
  /// pages; smaller ranges are left alone.
  static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
    #if os(Linux)
      let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
      let end = (Int(bitPattern: start) + byteCount) & ~(size - 1)
      guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
      _ = madvise(aligned, end - first, MADV_HUGEPAGE)
    #endif
  }
}
