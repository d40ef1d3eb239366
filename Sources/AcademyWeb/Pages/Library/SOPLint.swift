import SOPKit

/// Lints text typed in the editor as `LibraryImport` lints a file: parse findings, document
/// rules against the library (every SOP's latest revision), and the revision candidate.
enum SOPLint {
  struct Result {
    var document: SOPDocument
    var findings: [Finding]
    /// The candidate to store; nil when the front matter is incomplete.
    var candidate: RevisionCandidate?
  }

  static func check(_ app: WebApp, id: String, text: String) async throws -> Result {
    let (document, parseFindings) = SOPDocument.parse(SourceFile(path: "\(id).md", text: text))
    var byID: [String: SOPDocument] = [:]
    for view in try app.database.store.latestRevisions() where view.revision.sopID != id {
      byID[view.revision.sopID] = await app.pages.page(for: view.revision).document
    }
    if let ownID = document.id { byID[ownID] = document }
    let context = LintContext(documentsByID: byID, libraryIsComplete: true)
    let findings = (parseFindings + SOPLinter.lint(document, in: context)).sorted {
      ($0.line, $0.column) < ($1.line, $1.column)
    }
    return Result(document: document, findings: findings, candidate: RevisionCandidate(document: document))
  }

  /// Findings as the editor lists them.
  static func rows(_ findings: [Finding]) -> [[String: Any]] {
    findings.map {
      [
        "line": max($0.line, 1), "column": max($0.column, 1), "severity": $0.severity.rawValue,
        "error": $0.severity == .error, "message": $0.message, "rule": $0.rule,
      ]
    }
  }
}
