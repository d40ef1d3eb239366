import AuditTrail
import Foundation
import GRDB
import People
import SOPKit
import TestSupport
import Testing
import TrainingKit

@testable import AcademyServices

/// `case score --as TRAINEE` puts the attempt on the trainee's record only with the trainee's
/// proof, scored against the store's revisions in force (never the working-copy files), and
/// never passes a plan item that waits for prerequisites.
@Suite(.serialized) struct RecordedAttemptTests {
  static let root = CaseScoreCommandTests.root
  static let now = "2026-03-02T09:00:00.000Z"
  let tina = Proof(name: "tina", password: "lantern-412-quay")

  /// A store with COL-002 in force and COL-003 (the other SOP of forgetful-payer) in the files only.
  func makeStore() throws -> (AcademyDatabase, String) {
    let folder = NSTemporaryDirectory() + "academy-recorded-\(UUID().uuidString)"
    let clock = TimeSource.fixed(try #require(Date(utcTimestamp: Self.now)))
    let database = try AcademyDatabase.open(folder: folder, clock: clock)
    let people = database.people
    try people.add(name: "root", fullName: "Root", roles: [.admin], password: "lantern-412-quay", by: nil)
    try people.add(name: "ana", fullName: "Ana", roles: [.author], password: "lantern-3123-quay", by: "root")
    try people.add(
      name: "lead", fullName: "Lea", roles: [.approver, try Role("ar-team-lead")],
      password: "lantern-412-quay",
      by: "root")
    try people.add(
      name: "boss", fullName: "Bea", roles: [.approver, .manager, try Role("ar-manager")],
      password: "lantern-412-quay", by: "root")
    try people.add(
      name: "tina", fullName: "Tina Gil", roles: [.trainee], password: "lantern-412-quay", by: "root")
    _ = LibraryImport.run(
      ["\(Self.root)/sops/col-002-customer-contact.md", "\(Self.root)/sops/col-003-dunning-cycle.md"],
      into: database.store, by: try people.signer(named: "ana"))
    try approve("COL-002", in: database)
    return (database, folder)
  }

  func approve(_ id: String, in database: AcademyDatabase) throws {
    let store = database.store
    try store.submit(id, SubmitRequest(effective: store.today), by: try database.people.signer(named: "ana"))
    for approver in ["lead", "boss"] {
      try store.sign(id, .approve, seen: nil, comment: nil, by: try database.people.signer(named: approver))
    }
  }

  func score(_ folder: String, _ actions: String, proof: [String], input: String?) throws -> BinaryRun.Result
  {
    try BinaryRun(
      arguments: [
        "case", "score", "--scenario", "forgetful-payer", "--seed", "1", "--actions",
        "\(Self.root)/scenarios/actions/forgetful-payer.\(actions).json", "--sops", "\(Self.root)/sops",
        "--scenarios", "\(Self.root)/scenarios", "--data", folder,
      ] + proof, now: Self.now, input: input
    ).run()
  }

  func attempts(_ database: AcademyDatabase) throws -> [String] {
    try database.pool.read { db in
      try AuditLog.entries(subject: "trainee:tina", in: db).filter { $0.action == "training.attempt" }
        .map { "\($0.actor): \($0.after ?? "")" }
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func anAttemptForTheRecordNeedsProofAndTheRevisionsInForce() throws {
    let (database, folder) = try makeStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let unproven = try score(folder, "careless", proof: ["--as", "tina"], input: nil)
    #expect(unproven.status == 1)
    #expect(unproven.error.contains("case score --as changes data, so tina must prove who acts"))
    let wrong = try score(folder, "careless", proof: tina.arguments, input: "not-hers-1\n")
    #expect(wrong.error.contains("wrong password for 'tina'"))
    // COL-003 is only a working copy: scoring for the record is refused before anything is kept.
    let loose = try score(folder, "careless", proof: tina.arguments, input: tina.input)
    #expect(loose.status == 1)
    #expect(loose.error.contains("COL-003 has no revision in force in the store today"))
    #expect(try attempts(database).isEmpty)
    // Practice without --as still scores on the files, recording nothing.
    #expect(try score(folder, "careless", proof: [], input: nil).status == 0)
    #expect(try attempts(database).isEmpty)

    try approve("COL-003", in: database)
    let recorded = try score(folder, "careless", proof: tina.arguments, input: tina.input)
    #expect(recorded.status == 0, "\(recorded.error)")
    #expect(recorded.error.contains("Recorded this guided attempt for tina's training plan."))
    let kept = try attempts(database)
    #expect(kept.count == 1)
    #expect(kept.first?.hasPrefix("tina: ") == true)
    let entry = try #require(kept.first)
    #expect(entry.contains(#""COL-002":"1.0""#) && entry.contains(#""COL-003":"1.0""#), "\(entry)")
    #expect(!entry.contains("working copy"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func aBlockedPassItemCannotBePassed() throws {
    let (database, folder) = try makeStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try approve("COL-003", in: database)
    let plan = try PlanCatalog(directory: "\(Self.root)/plans").template(
      id: "associate-en",
      linter: ContentFolders(scenarios: "\(Self.root)/scenarios").planLinter(knownSOPs: nil))
    try database.training.assign(
      plan, scenarioSOPs: ContentFolders(scenarios: "\(Self.root)/scenarios").scenarioSOPs(), trainee: "tina",
      start: "2026-03-02", due: nil, team: nil, by: try database.people.signer(named: "boss"))
    // pass-forgetful-payer waits for the acknowledgements of COL-002 and COL-003: a 100-point
    // attempt is kept as guided practice and does not pass it.
    let blocked = try score(folder, "expert", proof: tina.arguments, input: tina.input)
    #expect(blocked.status == 0, "\(blocked.error)")
    #expect(blocked.error.contains("Recorded this guided attempt for tina's training plan."))
    func passItem() throws -> ItemProgress? {
      try database.training.progress(trainee: "tina").first?.items.first {
        $0.item.key == "pass-forgetful-payer"
      }
    }
    #expect(try passItem()?.state == .blocked)
    // An assessed attempt is refused: by `practice --assessed` before the case starts, and by
    // the store whoever calls it (the web records through the same method).
    let sitting = try BinaryRun(
      arguments: [
        "practice", "--scenario", "forgetful-payer", "--assessed", "--sops", "\(Self.root)/sops",
        "--scenarios", "\(Self.root)/scenarios", "--data", folder,
      ] + tina.arguments, now: Self.now, input: tina.input + "finish\n"
    ).run()
    #expect(sitting.status == 1)
    #expect(
      sitting.error.contains("pass-forgetful-payer waits for ack-col-002, ack-col-003; complete those first"))
    #expect(
      throws: TrainingError.blocked(item: "pass-forgetful-payer", waitingFor: ["ack-col-002", "ack-col-003"])
    ) {
      try database.recordAttemptIfTrainee(
        "tina", scenario: "forgetful-payer", seed: 1, score: 100, passed: true,
        sopRevisions: ["COL-002": "1.0", "COL-003": "1.0"], startedAt: Date(), finishedAt: Date(),
        kind: .assessed)
    }
    for id in ["COL-002", "COL-003"] {
      try database.training.acknowledge(id, by: try database.people.signer(named: "tina"))
    }
    let passed = try score(folder, "expert", proof: tina.arguments, input: tina.input)
    #expect(passed.status == 0, "\(passed.error)")
    #expect(passed.error.contains("Recorded this assessed attempt for tina's training plan."))
    let item = try #require(
      try database.training.progress(trainee: "tina").first?.items.first {
        $0.item.key == "pass-forgetful-payer"
      })
    #expect(item.isDone)
  }
}
