import ArgumentParser
import AuditTrail
import Foundation
import SOPKit
import TestSupport
import Testing
import TrainingKit

@testable import AcademyCLI
@testable import AcademyServices

/// The training commands: parsing through `parseAsRoot`, the attempt hook called directly,
/// and the manager's whole story through the built binary with a fixed clock.
@Suite(.serialized) struct TrainingCommandTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func commandsAreRegistered() throws {
    let assign = try #require(
      try Academy.parseAsRoot([
        "plan", "assign", "associate-es", "--trainee", "tina", "--start", "2026-03-02",
      ])
        as? Academy.Plan.PlanAssign)
    #expect(assign.template == "associate-es")
    #expect(assign.library.plans == "plans")
    #expect(try Academy.parseAsRoot(["ack", "COL-004"]) is Academy.Ack)
    #expect(try Academy.parseAsRoot(["changes", "--trainee", "tina"]) is Academy.Changes)
    #expect(try Academy.parseAsRoot(["risk", "raise", "3", "--reason", "absent"]) is Academy.Risk.Raise)
    let report = try #require(
      try Academy.parseAsRoot(["report", "coverage", "--format", "csv", "--locale", "es"])
        as? Academy.Report.ReportCoverage)
    #expect(report.options.format == .csv)
    #expect(
      try Academy.parseAsRoot(["report", "xapi", "--since", "2026-03-01"]) is Academy.Report.ReportXAPI)
    #expect(throws: (any Error).self) { try Academy.parseAsRoot(["report", "progress", "--locale", "fr"]) }
  }

  @Test func attemptIsRecordedOnlyForTrainees() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-attempt-\(UUID())")
      .path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let clock = TimeSource.fixed(Date(utcTimestamp: "2026-03-02T09:00:00.000Z") ?? Date())
    let database = try AcademyDatabase.open(folder: folder, clock: clock)
    try database.people.add(name: "root", fullName: "Root", roles: [.admin], password: "granite-412", by: nil)
    try database.people.add(
      name: "tina", fullName: "Tina Gil", roles: [.trainee], password: "lantern-712", by: "root")
    let start = Date(utcTimestamp: "2026-03-02T09:00:00.000Z") ?? Date()
    let recorded = try database.recordAttemptIfTrainee(
      "tina", scenario: "forgetful-payer", seed: UInt64.max, score: 88, passed: true,
      sopRevisions: ["COL-002": "1.0"], startedAt: start, finishedAt: start.addingTimeInterval(300),
      kind: .guided)
    #expect(recorded?.seed == "18446744073709551615")
    let skipped = try database.recordAttemptIfTrainee(
      "root", scenario: "forgetful-payer", seed: 1, score: 88, passed: true, sopRevisions: [:],
      startedAt: start, finishedAt: start, kind: .guided)
    #expect(skipped == nil)
    let entries = try database.pool.read { try AuditLog.entries(subject: "trainee:tina", in: $0) }
    #expect(entries.map(\.action) == ["training.attempt"])
  }

  typealias Result = BinaryRun.Result

  func run(_ arguments: [String], data: String?, now: String, input: String? = nil) throws -> Result {
    try BinaryRun(
      arguments: arguments + (data.map { ["--data", $0] } ?? []), now: "\(now)T09:00:00.000Z",
      directory: Self.repository, input: input
    ).run()
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func managerFollowsTraineesThroughRetraining() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("academy-training-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("data").path
    let day = "2026-03-02"
    func ok(_ arguments: [String], now: String = day, input: String? = nil, store: Bool = true) throws
      -> String
    {
      let result = try run(arguments, data: store ? data : nil, now: now, input: input)
      #expect(result.status == 0, "\(arguments): \(result.error)")
      return result.output
    }
    // Every password is lantern-<name length>123-quay (root's is lantern-412-quay).
    func proof(_ name: String) -> Proof {
      Proof(name: name, password: name == "root" ? "lantern-412-quay" : "lantern-\(name.count)123-quay")
    }
    _ = try ok(
      ["user", "add", "root", "--full-name", "Root", "--role", "admin", "--password-stdin"],
      input: "lantern-412-quay\n")
    for (name, role) in [
      ("ana", "author"), ("lea", "ar-team-lead"), ("max", "manager"), ("tina", "trainee"), ("tom", "trainee"),
    ] {
      var roles = ["--role", role]
      if role == "ar-team-lead" { roles += ["--role", "approver"] }
      if role == "manager" { roles += ["--role", "ar-manager", "--role", "approver"] }
      _ = try ok(
        ["user", "add", name, "--full-name", name.capitalized] + roles + proof("root").arguments,
        input: proof("root").input + "lantern-\(name.count)123-quay\n")
    }
    _ = try ok(["sop", "import", "sops"] + proof("ana").arguments, input: proof("ana").input)
    #expect(try ok(["plan", "lint"], store: false).hasSuffix("0 error(s)\n"))
    _ = try ok(
      ["plan", "assign", "associate-es", "--trainee", "tina", "--start", day] + proof("max").arguments,
      input: proof("max").input)
    _ = try ok(
      ["plan", "assign", "backup-cash-application", "--trainee", "tom", "--start", day]
        + proof("max").arguments,
      input: proof("max").input)
    let refused = try run(
      ["plan", "assign", "associate-es", "--trainee", "tom", "--start", day] + proof("tina").arguments,
      data: data, now: day, input: proof("tina").input)
    #expect(refused.status == 1)
    #expect(refused.error.contains("tina cannot assign plans: needs the role manager"))
    // Nothing is approved yet: acknowledging is refused.
    let early = try run(
      ["ack", "COL-001", "--as", "tina", "--password-stdin"], data: data, now: day,
      input: "lantern-4123-quay\n")
    #expect(early.error.contains("COL-001 has no revision in force today"))
    for id in ["COL-001", "COL-004", "COL-005"] {
      _ = try ok(["sop", "submit", id] + proof("ana").arguments, input: proof("ana").input)
      _ = try ok(
        ["sop", "approve", id, "--meaning", "approval", "--as", "lea", "--password-stdin"],
        input: "lantern-3123-quay\n")
      _ = try ok(
        ["sop", "approve", id, "--meaning", "approval", "--as", "max", "--password-stdin"],
        input: "lantern-3123-quay\n")
    }
    #expect(
      try ok(["ack", "COL-001", "--as", "tina", "--password-stdin"], input: "lantern-4123-quay\n").contains(
        "COL-001 1.0: acknowledged by Tina"))
    #expect(
      try ok(["ack", "COL-005", "--as", "tom", "--password-stdin"], input: "lantern-3123-quay\n").contains(
        "acknowledged"))
    let status = try ok(["plan", "status", "--trainee", "tina"], now: "2026-03-09")
    #expect(status.contains("1/24 done"))
    #expect(status.contains("late"))
    #expect(
      try ok(
        ["risk", "raise", "ack-col-002-es", "--reason", "COL-002-ES not approved yet"]
          + proof("tina").arguments,
        input: proof("tina").input
      ).contains("risk #1"))
    #expect(try ok(["risk", "list", "--as", "max"]).contains("by tina on #2 "))
    let csv = try ok(["report", "progress", "--format", "csv", "--locale", "es"], now: "2026-03-09")
    #expect(csv.hasPrefix("\u{FEFF}trainee;plan;team;"))
    #expect(csv.contains("tina;associate-es;spanish-desk;2026-03-02;2026-04-10;24;1;"))

    // A procedural revision of COL-005 (Tom's plan; Tina acknowledges COL-005-ES) takes effect.
    let library = root.appendingPathComponent("sops")
    try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("sops"), to: library)
    let file = library.appendingPathComponent("col-005-credit-balances-refunds.md")
    let col005 = try String(contentsOf: file, encoding: .utf8)
    let changed = col005.replacingOccurrences(
      of: "## Procedure\n", with: "## Procedure\n\nCheck the bank details twice before any refund.\n")
    #expect(changed != col005)
    try changed.write(to: file, atomically: true, encoding: .utf8)
    _ = try ok(
      ["sop", "import", library.path] + proof("ana").arguments, now: "2026-03-10", input: proof("ana").input)
    _ = try ok(
      ["sop", "submit", "COL-005"] + proof("ana").arguments, now: "2026-03-10", input: proof("ana").input)
    _ = try ok(
      ["sop", "approve", "COL-005", "--meaning", "approval", "--as", "lea", "--password-stdin"],
      now: "2026-03-10", input: "lantern-3123-quay\n")
    _ = try ok(
      ["sop", "approve", "COL-005", "--meaning", "approval", "--as", "max", "--password-stdin"],
      now: "2026-03-10", input: "lantern-3123-quay\n")
    let tom = try ok(["plan", "status", "--trainee", "tom"], now: "2026-03-11")
    #expect(tom.contains("retrain-ack-COL-005@2.0"))
    #expect(tom.contains("retrain-pass-unapplied-payment@COL-005@2.0"))
    #expect(tom.contains("retrain-pass-credit-balance-refund@COL-005@2.0"))
    let changes = try ok(["changes", "--trainee", "tom"], now: "2026-03-11")
    #expect(changes.contains("COL-005: acknowledged 1.0, in force 2.0"))
    #expect(changes.contains("+Check the bank details twice before any refund."))
    let xapi = try ok(["report", "xapi", "--since", "2026-03-01"], now: "2026-03-11")
    #expect(xapi.split(separator: "\n").count == 2)
    #expect(xapi.contains("\"verb\":{\"display\":{\"en-US\":\"acknowledged\"}"))
    let coverage = try ok(["report", "coverage", "--format", "json"], now: "2026-03-11")
    #expect(coverage.contains("\"backup\" : \"no backup\""))
    #expect(try ok(["audit", "verify"], now: "2026-03-11").contains("intact"))
  }
}
