import AcademyServices
import SOPKit

/// How the editor lists lint findings (the lint itself is `Library.lint`).
enum SOPLint {
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

extension WebApp {
  /// Stored revisions parsed once, from the page cache: what the library's lint reads.
  var parsedRevision: Library.RevisionParser {
    { [pages] revision in await pages.page(for: revision).document }
  }
}
