import TrainingKit

/// The interface's words in English and Spanish. Each area of the app keeps its own table
/// (`UIText+Area.swift`); templates read them as `{{t.key}}`.
enum UIText {
  typealias Table = [String: (en: String, es: String)]

  private static let tables: [UILanguage: [String: String]] = {
    var merged: Table = [:]
    for table in [common, library, practice, team, errors, roles, csv] {
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

  /// `template` with its `%@` placeholders filled in order.
  static func filled(_ template: String, _ values: [String]) -> String {
    var text = template
    for value in values {
      guard let range = text.range(of: "%@") else { break }
      text.replaceSubrange(range, with: value)
    }
    return text
  }

  /// A training risk reason in `language`, from its rule's template (`risk_reason_<rule>`)
  /// and its figures; the English message when the template and the figures do not match.
  static func riskReason(_ reason: RiskReason, _ language: UILanguage) -> String {
    let key =
      "risk_reason_\(reason.rule)" + (reason.rule == "raised" && reason.arguments.count == 4 ? "_commit" : "")
    let template = text(key, language)
    guard template != key, template.components(separatedBy: "%@").count == reason.arguments.count + 1 else {
      return reason.message
    }
    return filled(template, reason.arguments)
  }

  /// Every key of every table, for the completeness test.
  static var keys: [String] { Array(tables[.en]?.keys ?? [:].keys) }
}
