/// Escaping for text and attribute values written by the page templates and the web app's
/// own markup (the Markdown renderer escapes its own output).
public enum HTMLText {
  /// `&`, `<`, `>` and `"` replaced by entities.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
