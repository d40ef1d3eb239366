import Foundation

/// Heading anchors (docs/sop-format.md "Heading anchors"): the text lower-cased, accents
/// folded to the base letter, every run of other characters than letters and digits turned
/// into one `-`, no `-` at either end; `section` when nothing is left.
public enum Slug {
  /// The anchor slug for a heading's plain text (not yet made unique in its document).
  public static func make(_ text: String) -> String {
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
}
