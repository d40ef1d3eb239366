/// `empty-section`: a heading directly followed by a heading of the same or a higher level
/// (or by the end of the file) has nothing under it.
struct EmptySectionRule: DocumentRule {
  static let id = "empty-section"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    let blocks = document.body.children
    var findings: [Finding] = []
    for (index, block) in blocks.enumerated() {
      guard case .heading(let level) = block.kind else { continue }
      let isEmpty: Bool
      if index + 1 < blocks.count {
        guard case .heading(let nextLevel) = blocks[index + 1].kind else { continue }
        isEmpty = nextLevel <= level
      } else {
        isEmpty = true
      }
      if isEmpty {
        findings.append(
          finding(
            document, line: block.range.start.line, .warning,
            EmptySectionRule.message(heading: block.plainText)))
      }
    }
    return findings
  }

  static func message(heading: String) -> String {
    "section '\(heading)' is empty; write its content or remove the heading"
  }
}
