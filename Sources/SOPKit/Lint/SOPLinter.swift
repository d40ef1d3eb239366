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
  /// `known` are SOPs outside the files (the store's library, by id): references may name
  /// them, a file's own document wins over a known one of the same id, and the library counts
  /// as complete, so a reference to an SOP in neither is an error.
  public static func lint(_ library: SOPLibrary, knowing known: [String: SOPDocument]? = nil) -> [Finding] {
    var context = library.lintContext
    if let known {
      context.documentsByID.merge(known) { own, _ in own }
      context.libraryIsComplete = true
    }
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
