import Foundation

/// Heading anchors (docs/sop-format.md "Heading anchors"): the text lower-cased, accents
/// folded to the base letter, every run of other characters than letters and digits turned
/// into one `-`, no `-` at either end; `section` when nothing is left.
public enum Slug {
  /// The anchor slug for a heading's plain text (not yet made unique in its document).
  public static func make(_ text: String) -> String {
    var text = text
    if let ascii = text.withUTF8({ makeASCII($0) }) { return ascii }
    return makeUnicode(text)
  }

  /// `make` for text given as UTF-8 bytes.
  static func make(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    makeASCII(bytes) ?? makeUnicode(String(decoding: bytes, as: UTF8.self))
  }

  /// Appends the slug of UTF-8 `bytes` to `slug` (the renderer's path: no `String` for
  /// ASCII text).
  static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to slug: inout [UInt8]) {
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return slug.append(contentsOf: makeUnicode(String(decoding: bytes, as: UTF8.self)).utf8)
    }
    // Written through a pointer into room made up front: appending byte by byte cost more
    // than the rest of a heading.
    let start = slug.count
    slug.append(contentsOf: repeatElement(0, count: bytes.count))
    let end = slug.withUnsafeMutableBufferPointer { writeASCII(bytes, into: $0, at: start) }
    slug.removeSubrange(end...)
    if slug.count == start {
      slug.append(contentsOf: "section".utf8)
    }
  }

  private static func makeUnicode(_ text: String) -> String {
    var slug = String.UnicodeScalarView()
    var pendingDash = false
    // Canonical decomposition splits `ó` into `o` + a combining accent, which is dropped.
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      let properties = scalar.properties
      switch properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark:
        continue
      case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .decimalNumber:
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        if scalar == "ß" {
          slug.append(contentsOf: "ss".unicodeScalars)
        } else {
          slug.append(scalar)
        }
      default:
        pendingDash = true
      }
    }
    return slug.isEmpty ? "section" : String(slug)
  }

  /// The same rule for pure ASCII text without Unicode tables: most headings take this path,
  /// which keeps slugging off the render profile. Nil when the text is not ASCII.
  private static func makeASCII(_ text: UnsafeBufferPointer<UInt8>) -> String? {
    if text.contains(where: { $0 >= 0x80 }) { return nil }
    let slug = String(unsafeUninitializedCapacity: max(text.count, 1)) { writeASCII(text, into: $0, at: 0) }
    return slug.isEmpty ? "section" : slug
  }

  /// Writes the slug of ASCII `text` into `slug` from offset `start` (room for `text.count`
  /// bytes is there) and returns where it ends. A dash takes the place of at least one
  /// skipped byte, so it always fits.
  private static func writeASCII(
    _ text: UnsafeBufferPointer<UInt8>, into slug: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) -> Int {
    var length = start
    var pendingDash = false
    for byte in text {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "A")...UInt8(ascii: "Z"):
        if pendingDash && length > start {
          slug[length] = UInt8(ascii: "-")
          length += 1
        }
        pendingDash = false
        // Setting bit 5 lower-cases an ASCII letter and leaves digits alone.
        slug[length] = byte >= UInt8(ascii: "A") ? byte | 0x20 : byte
        length += 1
      default:
        pendingDash = true
      }
    }
    return length
  }
}
