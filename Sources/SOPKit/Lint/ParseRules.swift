/// The rules that judge what parsing found, run by `SOPDocument.parse` so every caller of
/// the parser sees them without running a full lint.
enum ParseRules {
  static let rules: [any DocumentRule] = [
    FrontMatterMissingRule(), FrontMatterRule(), MarkdownRule(), ProcessRule(),
  ]

  static func findings(for document: SOPDocument) -> [Finding] {
    let context = LintContext()
    return rules.flatMap { $0.check(document, in: context) }.sorted(by: Finding.fileOrder)
  }
}

extension Finding {
  /// Path, then line, then column: the order an editor lists them in.
  static func fileOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
