/// `required-section`: the level-2 headings every SOP has in its language, matched case- and
/// accent-insensitively (`docs/sop-format.md`, "Required sections").
struct RequiredSectionRule: DocumentRule {
  static let id = "required-section"

  /// The required headings per language, in the order the doc lists them.
  static func sections(for language: SOPLanguage) -> [String] {
    switch language {
    case .en:
      return ["Purpose", "Scope", "Roles and responsibilities", "Procedure", "Records", "Revision history"]
    case .es:
      return [
        "Objetivo", "Alcance", "Funciones y responsabilidades", "Procedimiento", "Registros",
        "Historial de revisiones",
      ]
    }
  }

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    let present = Set(document.outline.entries.filter { $0.level == 2 }.map { TextFolding.fold($0.text) })
    let line = document.outline.entries.first?.line ?? document.bodyLineOffset + 1
    return RequiredSectionRule.sections(for: document.language)
      .filter { !present.contains(TextFolding.fold($0)) }
      .map {
        finding(
          document, line: line, .error, RequiredSectionRule.message(section: $0, language: document.language))
      }
  }

  static func message(section: String, language: SOPLanguage) -> String {
    "missing required section '\(section)' (language: \(language.rawValue)); add a level-2 heading '## \(section)'"
  }
}
