/// The languages of the user interface.
enum UILanguage: String, Sendable, CaseIterable {
  case en
  case es

  /// The first supported language in an `Accept-Language` header, by quality; English when none.
  static func preferred(acceptLanguage header: String?) -> UILanguage {
    guard let header else { return .en }
    let ranked = header.split(separator: ",").compactMap { part -> (UILanguage, Double)? in
      let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let tag = pieces.first?.lowercased() else { return nil }
      let primary = String(tag.split(separator: "-").first ?? "")
      guard let language = UILanguage(rawValue: primary) else { return nil }
      let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
      return (language, quality)
    }
    return ranked.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0 ?? .en
  }

  /// The language's own name, for the switcher.
  var name: String {
    switch self {
    case .en: return "English"
    case .es: return "Español"
    }
  }
}
