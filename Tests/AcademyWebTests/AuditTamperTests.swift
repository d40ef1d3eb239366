import AuditTrail
import Foundation
import GRDB
import SOPKit
import TestSupport
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// The security review's tampering cases, each on a copy of a seeded data folder: someone
/// with the database file (but not the audit key) edits it with SQL, and `audit verify`
/// must say so, naming what changed. The attacker drops the sealed tables' triggers first,
/// as a careful one would; one case leaves them in place.
@Suite(.serialized) struct AuditTamperTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let clock = TimeSource.fixed(Date(utcTimestamp: "2026-03-02T09:00:00.000Z") ?? Date())

  /// A data folder with users, the library approved (signatures), plans, an
  /// acknowledgement, an attempt and an answered risk. Built once per test.
  static func seededFolder() async throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-tamper-\(UUID())")
      .path
    let database = try AcademyDatabase.open(folder: folder, clock: clock)
    let content = ContentFolders(
      sops: "\(repository)/sops", scenarios: "\(repository)/scenarios", plans: "\(repository)/plans")
    let outcome = try #require(
      try await DemoSeed(database: database, content: content).seedIfEmpty(
        password: { "Tamper-Fixture-Pass-2026" }, oneTime: false))
    #expect(outcome.problems.isEmpty, "\(outcome.problems)")
    let lucia = try database.people.signer(named: "lucia.fernandez")
    try database.training.acknowledge("COL-001", by: lucia)
    let start = Date(utcTimestamp: "2026-03-02T10:00:00.000Z") ?? Date()
    _ = try database.recordAttemptIfTrainee(
      "lucia.fernandez", scenario: "forgetful-payer", seed: 1, score: 62, passed: false,
      sopRevisions: ["COL-002": "1.0"], startedAt: start, finishedAt: start.addingTimeInterval(600),
      kind: .guided)
    let risk = try database.training.raiseRisk(
      "ack-col-002-es", reason: "On leave this week", commitOn: nil, by: "lucia.fernandez")
    _ = try database.training.answerRisk(
      try #require(risk.id), answer: "Agreed: due next Friday",
      by: try database.people.signer(named: "javier.moreno"))
    let practice = database.practice.using(content)
    let live = try practice.start(trainee: "tom.baker", scenario: "forgetful-payer", seed: 1, assessed: false)
    _ = try practice.perform(.wait(days: 2), on: live.id, trainee: "tom.baker")
    return folder
  }

  /// Copies `source`, lets `tamper` edit the copy's database without the key, and verifies.
  static func verifyAfter(
    _ source: String, triggers dropped: Bool = true, checkpoint: AuditCheckpoint? = nil,
    _ tamper: (Database) throws -> Void
  ) throws -> AuditVerification {
    let copy = source + "-copy-\(UUID())"
    try FileManager.default.copyItem(atPath: source, toPath: copy)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let queue = try DatabaseQueue(path: copy + "/academy.sqlite")
    try queue.writeWithoutTransaction { db in
      if dropped {
        for name in try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        {
          try db.execute(sql: "DROP TRIGGER \(name)")
        }
      }
      try tamper(db)
    }
    try queue.close()
    let database = try AcademyDatabase.open(folder: copy, clock: clock)
    return try database.pool.read { db in
      if let checkpoint { return try AuditLog.verify(checkpoint: checkpoint, in: db) }
      return try AuditLog.verify(in: db)
    }
  }

  /// The findings or the broken entry's reason, as one text to search.
  static func text(_ result: AuditVerification) -> String {
    switch result {
    case .intact: return "intact"
    case .broken(let seq, let reason): return "entry \(seq): \(reason)"
    case .recordsAltered(let findings, _): return findings.joined(separator: "\n")
    }
  }

  /// Each case: a name, the SQL an attacker runs, and what the report must name.
  static let cases: [(name: String, sql: String, names: String)] = [
    (
      "signature user", "UPDATE signature SET user_name = 'admin' WHERE id = 1",
      "table signature, row 1: field user_name"
    ),
    (
      "signature printed name", "UPDATE signature SET printed_name = 'Someone Else' WHERE id = 1",
      "field printed_name"
    ),
    (
      "signature meaning", "UPDATE signature SET meaning = 'review' WHERE id = 2",
      "table signature, row 2: field meaning"
    ),
    (
      "signature time", "UPDATE signature SET signed_at = '2026-01-01T00:00:00.000Z' WHERE id = 1",
      "field signed_at"
    ),
    ("signature comment", "UPDATE signature SET comment = 'approved by phone' WHERE id = 1", "field comment"),
    (
      "signature inserted",
      """
      INSERT INTO signature (revision_id, round, user_name, printed_name, roles, meaning, comment, signed_at, revision_hash)
      SELECT revision_id, round, 'pablo.ruiz', 'Pablo Ruiz', roles, meaning, NULL, signed_at, revision_hash
      FROM signature WHERE id = 1
      """, "table signature"
    ),
    ("signature deleted", "DELETE FROM signature WHERE id = 3", "table signature, row 3: deleted"),
    (
      "revision content with its hash and its signatures' hash",
      """
      UPDATE revision SET content = content || 'x', hash = 'f00d' WHERE id = 1;
      UPDATE signature SET revision_hash = 'f00d' WHERE revision_id = 1
      """, "table revision, row 1: field hash, content"
    ),
    (
      "revision content alone", "UPDATE revision SET content = replace(content, '## ', '### ') WHERE id = 5",
      "table revision, row 5: field content"
    ),
    (
      "revision state", "UPDATE revision SET state = 'draft' WHERE id = 2",
      "table revision, row 2: field state"
    ),
    ("revision approvers", "UPDATE revision SET approvers = '[\"admin\"]' WHERE id = 2", "field approvers"),
    ("revision author", "UPDATE revision SET author = 'admin' WHERE id = 2", "field author"),
    (
      "revision change class", "UPDATE revision SET change_class = 'editorial' WHERE id = 3",
      "field change_class"
    ),
    (
      "revision effective date", "UPDATE revision SET effective_on = '2020-01-01' WHERE id = 3",
      "field effective_on"
    ),
    (
      "revision title", "UPDATE revision SET title = 'Renamed' WHERE id = 4",
      "table revision, row 4: field title"
    ),
    (
      "attempt score", "UPDATE training_attempt SET score = 100, passed = 1",
      "table training_attempt, row 1: field score, passed"
    ),
    (
      "attempt inserted",
      """
      INSERT INTO training_attempt (trainee, scenario_id, seed, score, passed, sop_revisions, started_at, finished_at, kind)
      VALUES ('lucia.fernandez', 'concurso-es', '1', 100, 1, '{}', '2026-03-02T11:00:00.000Z', '2026-03-02T11:10:00.000Z', 'assessed')
      """, "table training_attempt, row 2: not in the audit trail"
    ),
    (
      "acknowledgement inserted",
      """
      INSERT INTO training_acknowledgement (trainee, printed_name, sop_id, revision_number, revision_sequence, revision_hash, meaning, signed_at)
      SELECT trainee, printed_name, 'COL-004-ES', revision_number, revision_sequence, revision_hash, meaning, signed_at
      FROM training_acknowledgement WHERE id = 1
      """, "table training_acknowledgement, row 2: not in the audit trail"
    ),
    (
      "acknowledgement deleted", "DELETE FROM training_acknowledgement",
      "table training_acknowledgement, row 1: deleted"
    ),
    (
      "acknowledgement re-dated",
      "UPDATE training_acknowledgement SET signed_at = '2026-01-05T08:00:00.000Z'", "field signed_at"
    ),
    (
      "plan item signed off",
      "UPDATE training_item SET signed_by = 'javier.moreno', signed_at = '2026-03-02T12:00:00.000Z' WHERE id = 4",
      "table training_item, row 4: field signed_by, signed_at"
    ),
    (
      "plan reassigned", "UPDATE training_assignment SET trainee = 'tom.baker' WHERE id = 1",
      "table training_assignment, row 1: field trainee"
    ),
    (
      "risk answer", "UPDATE training_risk SET answer = 'Refused' WHERE id = 1",
      "table training_risk, row 1: field answer"
    ),
    ("risk closed by", "UPDATE training_risk SET closed_by = 'admin' WHERE id = 1", "field closed_by"),
    (
      "user roles",
      "UPDATE user_account SET roles = '[\"admin\",\"trainee\"]' WHERE name = 'lucia.fernandez'",
      "field roles"
    ),
    (
      "user password hash",
      "UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE name = 'admin') WHERE name = 'ana.romero'",
      "field password_hash"
    ),
    (
      "user inserted",
      """
      INSERT INTO user_account (name, full_name, roles, password_hash, created_at, must_change_password)
      SELECT 'intruder', 'Intruder', '["admin"]', password_hash, created_at, 0 FROM user_account WHERE name = 'admin'
      """, "not in the audit trail"
    ),
    ("user deleted", "DELETE FROM user_account WHERE name = 'tom.baker'", "deleted outside the application"),
    (
      "user must-change flag", "UPDATE user_account SET must_change_password = 1 WHERE name = 'admin'",
      "field must_change_password"
    ),
    (
      "automation token forged",
      """
      INSERT INTO automation_token (id, user_name, secret_hash, issued_by, issued_at)
      VALUES (99, 'javier.moreno', 'deadbeef', 'admin', '2026-03-02T12:00:00.000Z')
      """, "table automation_token, row 99: not in the audit trail"
    ),
    (
      "live case command edited", #"UPDATE live_case_command SET command = '{"wait":20}'"#,
      "table live_case_command, row 1: field command"
    ),
    ("live case re-seeded", "UPDATE live_case SET seed = '2'", "table live_case, row 1: field seed"),
    (
      "seal index edited with the record",
      """
      UPDATE training_attempt SET score = 99;
      DELETE FROM audit_seal WHERE table_name = 'training_attempt'
      """, "table training_attempt"
    ),
    (
      "table unsealed",
      "DELETE FROM audit_sealed_table WHERE name = 'training_risk'; UPDATE training_risk SET answer = 'x'",
      "training_risk: no longer sealed"
    ),
    ("audit entry actor", "UPDATE audit_entry SET actor = 'intruder' WHERE seq = 3", "entry 3"),
    ("audit entry before/after", "UPDATE audit_entry SET after = '{}' WHERE seq = 5", "entry 5"),
    ("audit entry time", "UPDATE audit_entry SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 7", "entry 7"),
    ("audit entry deleted in the middle", "DELETE FROM audit_entry WHERE seq = 4", "entry 4 is missing"),
    (
      "audit entry forged at the end with a recomputed SHA-256",
      """
      INSERT INTO audit_entry (seq, time, actor, action, subject, before, after, prev_hash, hash, scheme, state)
      SELECT seq + 1, time, 'admin', 'user.add', 'user:intruder', NULL, '{}', hash, hash, 'sha256', NULL
      FROM audit_entry ORDER BY seq DESC LIMIT 1
      """, "unkeyed entry after keyed ones"
    ),
    (
      "whole chain rebuilt without the key after an edit",
      "UPDATE audit_entry SET scheme = 'sha256', state = NULL; UPDATE audit_entry SET actor = 'admin' WHERE seq = 2",
      "does not match"
    ),
  ]

  @Test func everyTamperingCaseIsDetectedAndNamed() async throws {
    let folder = try await Self.seededFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let clean = try AcademyDatabase.open(folder: folder, clock: Self.clock)
    let intact = try await clean.pool.read { try AuditLog.verify(in: $0) }
    #expect(intact.isIntact, "\(Self.text(intact))")
    for tampering in Self.cases {
      let result = try Self.verifyAfter(folder) { db in try db.execute(sql: tampering.sql) }
      #expect(!result.isIntact, "\(tampering.name): not detected")
      #expect(Self.text(result).contains(tampering.names), "\(tampering.name): \(Self.text(result))")
    }
    // The review's 37 cases, a forged automation token and two edits of a live case.
    #expect(Self.cases.count == 40)
  }

  @Test func anEditWithTheTriggersInPlaceIsCaughtToo() async throws {
    let folder = try await Self.seededFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Self.verifyAfter(folder, triggers: false) { db in
      try db.execute(sql: "UPDATE training_attempt SET score = 100, passed = 1")
    }
    #expect(Self.text(result).contains("field score, passed"))
    #expect(Self.text(result).contains("written after the last audit entry"))
  }

  @Test func cuttingTheNewestEntriesOffIsCaughtByACheckpoint() async throws {
    let folder = try await Self.seededFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let database = try AcademyDatabase.open(folder: folder, clock: Self.clock)
    let checkpoint = try await database.pool.read { try AuditLog.checkpoint(at: Date(), in: $0) }
    // The last entry answered the risk: delete it and undo the answer. The checkpoint,
    // kept outside the data folder, still names the entry that is gone.
    let cut: (Database) throws -> Void = { db in
      try db.execute(sql: "DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
      try db.execute(sql: "UPDATE training_risk SET answer = NULL, closed_at = NULL, closed_by = NULL")
    }
    let withCheckpoint = try Self.verifyAfter(folder, checkpoint: checkpoint, cut)
    #expect(Self.text(withCheckpoint).contains("entries were cut off"), "\(Self.text(withCheckpoint))")
    // A checkpoint signed with another key is refused.
    var forged = checkpoint
    forged.signature = String(repeating: "0", count: 64)
    let refused = try Self.verifyAfter(folder, checkpoint: forged) { _ in }
    #expect(Self.text(refused).contains("signature does not match"))
    let unchanged = try Self.verifyAfter(folder, checkpoint: checkpoint) { _ in }
    #expect(unchanged.isIntact, "\(Self.text(unchanged))")
  }

  @Test func theKeyStaysOutOfTheDatabaseAndOwnerOnly() async throws {
    let folder = try await Self.seededFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let key = folder + "/" + AuditKey.fileName
    let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let bytes = try #require(FileManager.default.contents(atPath: key))
    let database = try #require(FileManager.default.contents(atPath: folder + "/academy.sqlite"))
    #expect(database.range(of: bytes.prefix(64)) == nil)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
    #expect(throws: AuditTrailError.self) { try AuditKey.load(folder: folder, environment: [:]) }
  }
}
