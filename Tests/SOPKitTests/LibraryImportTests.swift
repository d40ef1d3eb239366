import Foundation
import Testing

@testable import SOPKit

@Suite struct LibraryImportTests {
  typealias F = StoreFixture

  static func sop(_ id: String, purpose: String = "Why.") -> String {
    """
    ---
    id: \(id)
    title: Test \(id)
    owner: olga
    approvers: [ar-team-lead]
    review_every_months: 12
    language: en
    ---
    # Test \(id)

    ## Purpose

    \(purpose)

    ## Scope

    All.

    ## Roles and responsibilities

    The associate.

    ## Procedure

    Do it.

    ## Records

    The log.

    ## Revision history

    First.

    """
  }

  @Test func newChangedUnchangedAndFailed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-import-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Self.sop("TST-001").write(
      to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try Self.sop("TST-002").write(
      to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
    try "---\nid: broken\n---\n# No\n".write(
      to: folder.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
    let store = try F.store()
    let first = LibraryImport.run([folder.path], into: store, by: F.author)
    #expect(first.summary == "2 new, 0 changed, 0 unchanged, 1 failed")
    #expect(first.failures.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["c.md"])
    #expect(first.failures.first?.reasons.isEmpty == false)
    try Self.sop("TST-002", purpose: "Why, reworded.").write(
      to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
    let second = LibraryImport.run([folder.path], into: store, by: F.author)
    #expect(second.summary == "0 new, 1 changed, 1 unchanged, 1 failed")
    #expect(try store.history("TST-002").map(\.revision.number) == ["0.1", "0.2"])
  }

  @Test func linksMayNameTheKnownLibraryButNothingOutsideIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-import-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let linking = Self.sop("TST-002", purpose: "Read [TST-001](sop:TST-001) first.")
    try linking.write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
    let known = SOPDocument.parse(SourceFile(path: "stored/a.md", text: Self.sop("TST-001"))).document
    let alone = LibraryImport.run([folder.path], into: try F.store(), by: F.author)
    #expect(
      alone.failures.first?.reasons.first?.contains("link to SOP TST-001, which is not in the library")
        == true)
    let store = try F.store()
    let report = LibraryImport.run([folder.path], into: store, by: F.author, known: ["TST-001": known])
    #expect(report.summary == "1 new, 0 changed, 0 unchanged, 0 failed")
    // A single file with the known library: a link to an SOP outside both is an error, not a warning.
    let file = folder.appendingPathComponent("b.md").path
    try Self.sop("TST-002", purpose: "Read [TST-009](sop:TST-009) first.").write(
      toFile: file, atomically: true, encoding: .utf8)
    let refused = LibraryImport.run([file], into: store, by: F.author, known: ["TST-001": known])
    #expect(refused.failures.first?.reasons.first?.contains("error: link to SOP TST-009") == true)
    let loose = SOPLinter.lint(SOPLibrary.load([file])).filter { $0.rule == "unknown-sop" }
    #expect(loose.map(\.severity) == [.warning])
  }
}
