/// The SOP id pattern `^[A-Z]{2,5}-[0-9]{3}(-[A-Z]{2})?$` and guesses of an id for files that
/// have none.
public enum SOPIdentifier {
  /// Whether `id` matches the pattern (`COL-004`, `QMS-001`, `COL-004-ES`).
  public static func isValid(_ id: String) -> Bool {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return false }
    guard (2...5).contains(parts[0].count), parts[0].allSatisfy(isCapital) else { return false }
    guard parts[1].count == 3, parts[1].allSatisfy(isDigit) else { return false }
    if parts.count == 3 {
      return parts[2].count == 2 && parts[2].allSatisfy(isCapital)
    }
    return true
  }

  /// An id suggested from a file name: `col-004-disputes.md` gives `COL-004`; a name without
  /// that shape gives an upper-case guess (`disputes.md` gives `DISPUTES`) for the author to fix.
  public static func suggestion(fromFileName name: String) -> String {
    var stem = Substring(name)
    if let slash = stem.lastIndex(of: "/") { stem = stem[stem.index(after: slash)...] }
    if stem.lowercased().hasSuffix(".md") { stem = stem.dropLast(3) }
    let parts = stem.uppercased().split(separator: "-").map(String.init)
    if parts.count >= 3, SOPIdentifier.isValid(parts[0...2].joined(separator: "-")),
      SOPLanguage(rawValue: parts[2].lowercased()) != nil
    {
      return parts[0...2].joined(separator: "-")
    }
    if parts.count >= 2, SOPIdentifier.isValid("\(parts[0])-\(parts[1])") {
      return "\(parts[0])-\(parts[1])"
    }
    let guess = stem.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return String(guess).split(separator: "-").joined(separator: "-")
  }

  /// The id of an SOP's source when `id` is a translation id (`COL-004-ES` gives `COL-004`).
  public static func sourceID(ofTranslation id: String) -> String? {
    let parts = id.split(separator: "-")
    guard parts.count == 3, isValid(id) else { return nil }
    return "\(parts[0])-\(parts[1])"
  }

  private static func isCapital(_ character: Character) -> Bool {
    character.isASCII && character.isUppercase
  }

  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }
}
