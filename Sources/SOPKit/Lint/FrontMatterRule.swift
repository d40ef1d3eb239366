/// `front-matter`: the front matter's keys and values follow the schema in
/// `docs/sop-format.md`. The problems are found by `FrontMatterParser`; this rule words them.
struct FrontMatterRule: DocumentRule {
  static let id = "front-matter"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    document.frontMatterProblems.map { problem in
      finding(
        document, line: problem.position.line, column: problem.position.column,
        FrontMatterRule.severity(of: problem.kind), FrontMatterRule.message(for: problem.kind))
    }
  }

  /// Unknown keys warn (a typo should show, not block a library); everything else is an error.
  static func severity(of kind: FrontMatterProblem.Kind) -> Finding.Severity {
    if case .unknownKey = kind { return .warning }
    return .error
  }

  static func message(for kind: FrontMatterProblem.Kind) -> String {
    switch kind {
    case .unclosed:
      return "front matter opened by '---' on line 1 is never closed; add a '---' line after the metadata"
    case .syntax(let problem):
      return "front matter is not valid YAML: \(problem); quote values that contain ':' or '#'"
    case .notAMapping:
      return
        "front matter must be 'key: value' lines (id, title, owner, approvers, review_every_months, language)"
    case .missingKey(let key):
      return "front matter is missing required key '\(key)'; add '\(key): \(example(for: key))'"
    case .wrongType(let key, let expected):
      return "front matter key '\(key)' must be \(expected)"
    case .invalidID(let key, let value):
      return "front matter key '\(key)' is '\(value)', not an SOP id; use 2-5 capitals, '-', 3 digits "
        + "(and '-' plus the language for a translation), e.g. COL-004 or COL-004-ES"
    case .invalidLanguage(let value):
      return "front matter key 'language' is '\(value)'; use 'en' or 'es'"
    case .invalidDate(let value):
      return "front matter key 'effective' is '\(value)', not a date; write YYYY-MM-DD, e.g. 2026-01-15"
    case .outOfRange(let key, let value, let range):
      return
        "front matter key '\(key)' is \(value); use a number from \(range.lowerBound) to \(range.upperBound)"
    case .emptyList(let key):
      return "front matter key '\(key)' is empty; list at least one user name or role"
    case .unknownKey(let key, let suggestion):
      if let suggestion { return "unknown front matter key '\(key)'; did you mean '\(suggestion)'?" }
      return "unknown front matter key '\(key)'; remove it or see docs/sop-format.md for the keys"
    }
  }

  private static func example(for key: String) -> String {
    switch key {
    case "id": return "COL-004"
    case "title": return "Dispute management"
    case "owner": return "luis.garcia"
    case "approvers": return "[ar-team-lead]"
    case "review_every_months": return "12"
    case "language": return "en"
    default: return "..."
    }
  }
}
