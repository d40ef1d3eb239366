import AuditTrail
import CaseSim
import Foundation
import GRDB
import People
import SOPKit
import Testing

@testable import AcademyCLI
@testable import AcademyServices

/// Spawns the built `academy` binary for imports and approvals, SIGKILLs it at random
/// moments, and checks after every kill that the database opens, the audit chain verifies
/// and no change is half-applied (each revision and signature has its audit entry).
@Suite(.serialized) struct KillTests {
  static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("academy")

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
  func killedImportsAndApprovalsLeaveAConsistentDatabase() async throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("academy-kill-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("data").path
    let library = root.appendingPathComponent("sops")
    try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
    let database = try AcademyDatabase.open(folder: data, clock: .system)
    try database.people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "granite-41", by: nil)
    try database.people.add(
      name: "ana", fullName: "Ana López", roles: [.author], password: "lantern-312-quay", by: "root")
    try database.people.add(
      name: "lea", fullName: "Lea Díaz", roles: [.approver, try Role("ar-team-lead")],
      password: "harbour-912",
      by: "root")

    let ana = Proof(name: "ana", password: "lantern-312-quay")
    // Seeded so a failing run can be replayed.
    var generator = SeededGenerator(seed: 20_261_129)
    var kills = 0
    // How long each command took when it ran to the end: kill delays are drawn from
    // 0...1.5x that, so about two runs in three are killed mid-run on a fast machine and a
    // slow one alike (a fixed range killed too few on a fast machine, too many on a slow one).
    var durations: [String: Double] = [:]
    let start = Date()
    for round in 0..<40 where Date().timeIntervalSince(start) < 45 {
      for index in 0..<4 where Int.random(in: 0..<3, using: &generator) == 0 || round == 0 {
        try KillTests.sop(index: index, round: round).write(
          to: library.appendingPathComponent("col-10\(index).md"), atomically: true, encoding: .utf8)
      }
      let id = "COL-10\(Int.random(in: 0..<4, using: &generator))"
      let commands: [([String], String?)] = [
        (["sop", "import", library.path] + ana.arguments, ana.input),
        (["sop", "submit", id] + ana.arguments, ana.input),
        (
          ["sop", "approve", id, "--meaning", "approval", "--as", "lea", "--password-stdin"],
          "lantern-312-quay\n"
        ),
      ]
      for (arguments, input) in commands {
        let command = arguments[1]
        let delay = Double.random(in: 0...(durations[command].map { $0 * 1.5 } ?? 0.35), using: &generator)
        let outcome = try await run(arguments + ["--data", data], input: input, killAfter: delay)
        if outcome.killed {
          kills += 1
        } else {
          durations[command] = outcome.seconds
        }
        try checkConsistent(data: data)
      }
    }
    #expect(kills > 10, "only \(kills) processes were killed mid-run")
    let stored = try await AcademyDatabase.open(folder: data, clock: .system).pool.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision") ?? 0
    }
    #expect(stored >= 4, "imports never completed: the kill delays are too short")
  }

  /// Runs the binary; returns whether it was killed before finishing, and how long it ran.
  private func run(_ arguments: [String], input: String?, killAfter delay: Double) async throws -> (
    killed: Bool, seconds: Double
  ) {
    let started = Date()
    let process = Process()
    process.executableURL = KillTests.binary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try? stdin.fileHandleForWriting.close()
    // The kill is timed on a dispatch queue, not by sleeping in this task: while the other
    // suites keep the cooperative threads busy, a task's sleep overshoots by far more than
    // a command takes, and nothing was ever killed.
    let timer = DispatchWorkItem {
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + delay, execute: timer)
    process.waitUntilExit()
    timer.cancel()
    let seconds = Date().timeIntervalSince(started)
    return (process.terminationReason == .uncaughtSignal, seconds)
  }

  private func checkConsistent(data: String) throws {
    let database = try AcademyDatabase.open(folder: data, clock: .system)
    try database.pool.read { db in
      #expect(try AuditLog.verify(in: db).isIntact)
      let revisions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision") ?? -1
      let imports = try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM audit_entry WHERE action = 'revision.import'")
      #expect(revisions == imports)
      let signatures = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM signature") ?? -1
      let signings = try Int.fetchOne(
        db,
        sql:
          "SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'revision.sign.%' OR action = 'revision.approve'"
      )
      #expect(signatures == signings)
      let open = try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM (SELECT sop_id FROM revision WHERE state IN ('draft', 'in-review')
          GROUP BY sop_id HAVING COUNT(*) > 1)
          """)
      #expect(open == 0)
    }
    #expect(try database.store.verifySignatures().isEmpty)
  }

  static func sop(index: Int, round: Int) -> String {
    """
    ---
    id: COL-10\(index)
    title: Kill test SOP \(index)
    owner: olga
    approvers: [ar-team-lead]
    review_every_months: 12
    language: en
    ---
    # Kill test SOP \(index)

    ## Purpose

    Exercise the store under SIGKILL (round \(round)).

    ## Scope

    Tests only.

    ## Roles and responsibilities

    The test runner.

    ## Procedure

    Import, submit and approve.

    ## Records

    The database.

    ## Revision history

    Round \(round).

    """
  }
}
