/// cmark's safe-mode test for link and image destinations that could run script or read
/// local files: `javascript:`, `vbscript:`, `file:` and `data:` (except PNG, GIF, JPEG and
/// WebP images), matched case-insensitively at the start of the URL.
enum URLSafety {
  /// Whether cmark's default (safe) HTML output would empty this destination.
  static func isDangerous(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if hasPrefix(bytes, "javascript:") || hasPrefix(bytes, "vbscript:") || hasPrefix(bytes, "file:") {
      return true
    }
    guard hasPrefix(bytes, "data:") else { return false }
    let rest = UnsafeBufferPointer(rebasing: bytes[5...])
    return
      !(hasPrefix(rest, "image/png") || hasPrefix(rest, "image/gif")
      || hasPrefix(rest, "image/jpeg") || hasPrefix(rest, "image/webp"))
  }

  /// ASCII case-insensitive prefix test; `prefix` is lower-case.
  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
    return prefix.withUTF8Buffer { expected in
      for index in 0..<expected.count {
        var byte = bytes[index]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
        if byte != expected[index] { return false }
      }
      return true
    }
  }
}
