import Foundation
import Testing

@testable import AcademyCLI

@Suite struct SOPImportCommandTests {
  static let root = CaseScoreCommandTests.root

  /// `academy sop import` of a folder holding only the SOP an author changed: its links to
  /// the SOPs already imported pass; a link to an SOP in neither the folder nor the store fails.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func importingTheOneChangedSOPLintsAgainstTheStore() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    func academy(_ arguments: [String], input: String? = nil) throws -> BinaryRun.Result {
      try BinaryRun(
        arguments: arguments + ["--data", scratch.data], now: "2026-03-02T09:00:00.000Z", input: input
      )
      .run()
    }
    let admin = Proof(name: "root", password: "lantern-412-quay")
    let ana = Proof(name: "ana", password: "harbour-733-gale")
    #expect(
      try academy(
        ["user", "add", "root", "--full-name", "Root", "--role", "admin", "--password-stdin"],
        input: admin.input
      ).status == 0)
    #expect(
      try academy(
        ["user", "add", "ana", "--full-name", "Ana Ruiz", "--role", "author"] + admin.arguments,
        input: admin.input + ana.input
      ).status == 0)
    let shipped = try academy(["sop", "import", "\(Self.root)/sops"] + ana.arguments, input: ana.input)
    #expect(shipped.status == 0, "\(shipped.output)")

    let original = try String(
      contentsOfFile: "\(Self.root)/sops/col-002-customer-contact.md", encoding: .utf8)
    let changed = scratch.root.appendingPathComponent("changed")
    try FileManager.default.createDirectory(at: changed, withIntermediateDirectories: true)
    let file = changed.appendingPathComponent("col-002-customer-contact.md")
    try original.replacingOccurrences(
      of: "## Purpose\n\n", with: "## Purpose\n\nEvery contact is logged the same day.\n\n"
    ).write(to: file, atomically: true, encoding: .utf8)
    let alone = try academy(["sop", "import", changed.path] + ana.arguments, input: ana.input)
    #expect(alone.status == 0, "\(alone.output)")
    #expect(alone.output.contains("changed    COL-002 0.2 ("))
    #expect(!alone.output.contains("not in the library"))
    #expect(alone.output.hasSuffix("0 new, 1 changed, 0 unchanged, 0 failed\n"))

    try original.replacingOccurrences(of: "sop:COL-009", with: "sop:COL-099")
      .write(to: file, atomically: true, encoding: .utf8)
    let broken = try academy(["sop", "import", changed.path] + ana.arguments, input: ana.input)
    #expect(broken.status == 1)
    #expect(broken.output.contains("link to SOP COL-099, which is not in the library"))
    #expect(!broken.output.contains("link to SOP COL-004"))
    #expect(broken.output.hasSuffix("0 new, 0 changed, 0 unchanged, 1 failed\n"))
  }
}
