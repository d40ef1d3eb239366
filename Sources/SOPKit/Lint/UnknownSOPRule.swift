/// `unknown-sop`: links to other SOPs (`sop:COL-009`, `COL-009.md`, `[COL-009](...)`) name an
/// SOP of the library. When single files are linted the library is unknown, so the finding
/// is a warning.
struct UnknownSOPRule: DocumentRule {
  static let id = "unknown-sop"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for link in document.links {
      guard let reference = SOPReference(destination: link.destination, text: link.text) else { continue }
      guard SOPIdentifier.isValid(reference.id) else {
        findings.append(
          finding(document, line: link.line, .error, UnknownSOPRule.malformed(link.destination)))
        continue
      }
      guard reference.id != document.id, context.documentsByID[reference.id] == nil else { continue }
      let severity: Finding.Severity = context.libraryIsComplete ? .error : .warning
      findings.append(
        finding(document, line: link.line, severity, UnknownSOPRule.message(reference.id, context)))
    }
    return findings
  }

  static func message(_ id: String, _ context: LintContext) -> String {
    if context.libraryIsComplete {
      return "link to SOP \(id), which is not in the library; fix the id or add the SOP"
    }
    return "link to SOP \(id), which is not among the files linted; lint the whole folder to check it"
  }

  static func malformed(_ destination: String) -> String {
    "link '\(destination)' is not an SOP id; write sop:COL-004 (2-5 capitals, '-', 3 digits)"
  }
}
