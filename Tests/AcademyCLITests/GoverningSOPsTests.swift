import AcademyServices
import CaseSim
import Foundation
import TestSupport
import Testing

@testable import AcademyCLI

@Suite struct GoverningSOPsTests {
  static let root = CaseScoreCommandTests.root

  /// Imports the shipped library with COL-004 revised (disputes escalated after 3 days, not
  /// 10), approves that revision effective before the case starts, and expects the case to be
  /// scored against the stored revision 1.0 rather than the file.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func theRevisionInForceInTheStoreGovernsTheCase() throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("academy-governing-\(UUID())")
    defer { try? FileManager.default.removeItem(at: work) }
    let library = work.appendingPathComponent("sops")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: "\(Self.root)/sops"), to: library)
    let col004 = library.appendingPathComponent("col-004-dispute-management.md")
    let original = try String(contentsOf: col004, encoding: .utf8)
    try original.replacingOccurrences(
      of: "escalate_disputes_after_days: 10", with: "escalate_disputes_after_days: 3"
    )
    .write(to: col004, atomically: true, encoding: .utf8)
    let data = work.appendingPathComponent("data").path

    func academy(_ arguments: [String], input: String? = nil) throws {
      let result = try BinaryRun(
        arguments: arguments + ["--data", data], now: "2026-01-02T09:00:00.000Z", input: input
      ).run()
      #expect(result.status == 0, "\(arguments): \(result.error)")
    }
    let root = Proof(name: "root", password: "lantern-412-quay")
    try academy(
      ["user", "add", "root", "--full-name", "Root", "--role", "admin", "--password-stdin"],
      input: root.input)
    for (name, role) in [("ana", "author"), ("lead", "ar-team-lead"), ("boss", "ar-manager")] {
      try academy(
        ["user", "add", name, "--full-name", name, "--role", role, "--role", "approver"] + root.arguments,
        input: root.input + "lantern-\(name.count)1234-quay\n")
    }
    let ana = Proof(name: "ana", password: "lantern-31234-quay")
    try academy(["sop", "import", library.path] + ana.arguments, input: ana.input)
    try academy(["sop", "submit", "COL-004", "--effective", "2026-01-05"] + ana.arguments, input: ana.input)
    for approver in ["lead", "boss"] {
      try academy(
        ["sop", "approve", "COL-004", "--meaning", "approval", "--as", approver, "--password-stdin"],
        input: "lantern-\(approver.count)1234-quay\n")
    }

    let scenario = try ScenarioLibrary(directory: "\(Self.root)/scenarios").scenario(id: "pricing-dispute")
    let processes = try GoverningSOPs(sopsFolder: library.path, dataFolder: data).processes(for: scenario)
    let disputes = try #require(processes.first { $0.sopID == "COL-004" })
    #expect(disputes.revision == "1.0")
    #expect(disputes.spec.settings.escalateDisputesAfterDays == 3)
    let contact = try #require(processes.first { $0.sopID == "COL-002" })
    #expect(contact.revision == GoverningProcess.workingCopy)
  }
}
