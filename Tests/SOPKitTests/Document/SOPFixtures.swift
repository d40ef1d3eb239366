import Foundation
import Testing

@testable import SOPKit

/// SOP texts and fixture folders (`Fixtures/sops/`) shared by the SOPKit tests.
enum SOPFixtures {
  static var directory: URL {
    get throws {
      let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
      return fixtures.appendingPathComponent("sops")
    }
  }

  /// A complete, valid front matter; `extra` lines are appended before the closing `---`.
  static func frontMatter(id: String = "COL-010", language: String = "en", extra: String = "") -> String {
    """
    ---
    id: \(id)
    title: Test SOP
    owner: ana.lopez
    approvers: [ar-team-lead]
    review_every_months: 12
    language: \(language)
    \(extra)---

    """
  }

  /// A body with every required English section, and `procedure` under `## Procedure`.
  static func body(procedure: String = "Do the work.\n") -> String {
    """
    # Test SOP

    ## Purpose

    Why.

    ## Scope

    What.

    ## Roles and responsibilities

    Who.

    ## Procedure

    \(procedure)
    ## Records

    Where.

    ## Revision history

    When.

    """
  }

  /// A process block around `yaml`.
  static func process(_ yaml: String) -> String {
    "```process\n\(yaml)```\n\n### Disputes\n\nText.\n\n### First contact\n\nText.\n"
  }

  static func parse(_ text: String, path: String = "sops/test.md") -> (
    document: SOPDocument, findings: [Finding]
  ) {
    SOPDocument.parse(SourceFile(path: path, text: text))
  }

  /// Parse findings, formatted.
  static func findings(_ text: String, path: String = "sops/test.md") -> [String] {
    parse(text, path: path).findings.map(\.formatted)
  }
}
