import Foundation

/// Case- and accent-insensitive comparison of headings and names, so "Alcance" matches
/// "ALCANCE" and "Funciones y Responsabilidades" matches "funciones y responsabilidades".
enum TextFolding {
  /// Lower-cases, removes diacritics and collapses runs of whitespace into one space.
  static func fold(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }
}
