/// `front-matter-missing`: every SOP starts with front matter. The finding suggests an id
/// from the file name and a title from the first heading, ready to paste.
struct FrontMatterMissingRule: DocumentRule {
  static let id = "front-matter-missing"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    guard !document.hasFrontMatter else { return [] }
    let id = SOPIdentifier.suggestion(fromFileName: document.path)
    let title = document.outline.entries.first?.text ?? "Title of the SOP"
    return [finding(document, line: 1, .error, FrontMatterMissingRule.message(id: id, title: title))]
  }

  static func message(id: String, title: String) -> String {
    "file has no front matter; start it with '---', 'id: \(id)', 'title: \(title)', owner, approvers, "
      + "review_every_months, language and a closing '---'"
  }
}
