/// `markdown`: the body could be parsed at all (cmark ran out of memory, or blocks nest
/// deeper than the walkers accept). Such a body renders as nothing.
struct MarkdownRule: DocumentRule {
  static let id = "markdown"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    guard let error = document.markdownError else { return [] }
    switch error {
    case .nestedTooDeep(let line, let limit):
      return [
        finding(
          document, line: line, .error,
          "blocks nest more than \(limit) levels deep; flatten the quotes or lists")
      ]
    case .parserFailed:
      return [finding(document, line: 1, .error, "the Markdown body could not be parsed; try a smaller file")]
    }
  }
}
