/// Runs the lint rules (`docs/lint-rules.md`) over documents and libraries.
public enum SOPLinter {
  /// Rules that look at one document besides the ones `SOPDocument.parse` already ran.
  static let documentRules: [any DocumentRule] = [
    RequiredSectionRule(), EmptySectionRule(), BrokenAnchorRule(), UnknownSOPRule(), TranslationRule(),
  ]
  /// Rules that need the whole library.
  static let libraryRules: [any LibraryRule] = [DuplicateIDRule()]

  /// Every rule id, for documentation and tests.
  public static var ruleIDs: [String] {
    ParseRules.rules.map { type(of: $0).id } + documentRules.map { type(of: $0).id }
      + libraryRules.map { type(of: $0).id }
  }

  /// The document-level findings for `document` (not those `SOPDocument.parse` returned).
  public static func lint(_ document: SOPDocument, in context: LintContext = LintContext()) -> [Finding] {
    documentRules.flatMap { $0.check(document, in: context) }.sorted(by: Finding.fileOrder)
  }

  /// Every finding for a library: loading, parsing, document and library rules, in file order.
  public static func lint(_ library: SOPLibrary) -> [Finding] {
    let context = library.lintContext
    var findings = library.findings
    for document in library.documents {
      findings += lint(document, in: context)
    }
    for rule in libraryRules {
      findings += rule.check(library.documents)
    }
    return findings.sorted(by: Finding.fileOrder)
  }
}
