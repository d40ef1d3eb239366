/// Escaping for text the app puts inside markup it builds itself (snippets, SVG charts);
/// templates escape `{{value}}` on their own.
enum HTML {
  /// `&`, `<`, `>`, `"` and `'` replaced by entities.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
