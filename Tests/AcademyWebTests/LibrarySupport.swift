import Foundation
import SOPKit

@testable import AcademyServices
@testable import AcademyWeb

/// Helpers the library suites share: reading fields out of pages and storing SOPs directly.
enum LibrarySupport {
  /// The first `name="NAME" value="..."` of a page, unescaped enough for revision numbers.
  static func hiddenValue(_ name: String, in html: String) -> String? {
    guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(html[range.upperBound...].prefix { $0 != "\"" })
  }

  /// The latest stored revision's text of `id`.
  static func text(_ harness: WebHarness, _ id: String) throws -> String {
    try harness.app.database.store.revision(id).revision.content
  }

  /// A minimal well-formed SOP `id` titled `title` whose Purpose section is `purpose`.
  static func sop(_ id: String, title: String, purpose: String) -> String {
    """
    ---
    id: \(id)
    title: \(title)
    owner: luis.garcia
    approvers: [ar-team-lead, ar-manager]
    review_every_months: 12
    language: en
    ---
    # \(title)

    ## Purpose

    \(purpose)

    ## Scope

    All.

    ## Roles and responsibilities

    All.

    ## Procedure

    None.

    ## Records

    None.

    ## Revision history

    1.0 first.
    """
  }

  /// Imports `text` as a new SOP by luis.garcia and has it approved by the demo approvers.
  static func approve(_ harness: WebHarness, _ id: String, _ text: String) throws {
    let people = harness.app.database.people
    let store = harness.app.database.store
    let document = SOPDocument.parse(SourceFile(path: "\(id).md", text: text)).document
    let candidate = try require(RevisionCandidate(document: document))
    _ = try store.importRevision(candidate, by: people.signer(named: "luis.garcia"))
    try store.submit(id, SubmitRequest(), by: people.signer(named: "luis.garcia"))
    try store.sign(id, .approve, seen: nil, comment: nil, by: people.signer(named: "marta.lopez"))
    try store.sign(id, .approve, seen: nil, comment: nil, by: people.signer(named: "javier.moreno"))
  }
}

/// `#require` outside a test function body: throws instead of recording.
private func require<T>(_ value: T?) throws -> T {
  guard let value else { throw LibrarySupportError.missing }
  return value
}

enum LibrarySupportError: Error { case missing }
