/// The interface's words in English and Spanish. Each area of the app keeps its own table
/// (`UIText+Area.swift`); templates read them as `{{t.key}}`.
enum UIText {
  typealias Table = [String: (en: String, es: String)]

  private static let tables: [UILanguage: [String: String]] = {
    var merged: Table = [:]
    for table in [common, library, practice, team] {
      merged.merge(table) { first, _ in first }
    }
    var result: [UILanguage: [String: String]] = [:]
    result[.en] = merged.mapValues(\.en)
    result[.es] = merged.mapValues(\.es)
    return result
  }()

  /// Every label in `language`.
  static func labels(_ language: UILanguage) -> [String: String] { tables[language] ?? [:] }

  /// One label; the key itself when missing (a test checks none is).
  static func text(_ key: String, _ language: UILanguage) -> String { tables[language]?[key] ?? key }

  /// Every key of every table, for the completeness test.
  static var keys: [String] { Array(tables[.en]?.keys ?? [:].keys) }
}
