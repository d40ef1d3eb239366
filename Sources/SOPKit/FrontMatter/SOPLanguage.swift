/// Language of an SOP body (and of a customer, in conditions such as `customer_language:es`).
public enum SOPLanguage: String, Sendable, Hashable, Codable, CaseIterable {
  /// English.
  case en
  /// Spanish.
  case es

  /// The language's name in its own language, for language-switch links.
  public var nativeName: String {
    switch self {
    case .en: return "English"
    case .es: return "Español"
    }
  }
}
