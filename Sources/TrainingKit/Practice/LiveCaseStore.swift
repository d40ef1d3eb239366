import AuditTrail
import CaseSim
import Foundation
import GRDB

/// The live cases in the academy database: `live_case` (one row per case, what defines it)
/// and `live_case_command` (one row per command, in order, as an actions-file entry). Both
/// tables are sealed to the audit chain like attempts: a command edited outside the
/// application would change the score the replay gives, and `audit verify` names it.
public struct LiveCaseStore: LiveCaseRepository {
  /// The database.
  let writer: any DatabaseWriter
  /// Where "now" comes from (for the attempts it records).
  let clock: TimeSource

  /// Creates a store over an open, migrated database.
  public init(writer: any DatabaseWriter, clock: TimeSource = .system) {
    self.writer = writer
    self.clock = clock
  }

  /// Registers the live-case tables. Never edit a shipped migration: add a new one.
  public static func registerMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("practice.live-case.v1") { db in
      try db.create(table: "live_case") { table in
        table.primaryKey("id", .text)
        table.column("trainee", .text).notNull()
        table.column("scenario_id", .text).notNull()
        table.column("seed", .text).notNull()
        table.column("kind", .text).notNull()
        table.column("revisions", .text).notNull()
        table.column("started_at", .double).notNull()
        table.column("last_used", .double).notNull().indexed()
        table.column("commands", .integer).notNull()
        table.column("finished_at", .double)
        table.column("score", .integer)
        table.column("passed", .boolean)
        table.column("attempt_id", .integer)
      }
      try db.create(index: "live_case_trainee", on: "live_case", columns: ["trainee", "last_used"])
      try db.create(table: "live_case_command") { table in
        table.column("case_id", .text).notNull().references("live_case", onDelete: .cascade)
        table.column("position", .integer).notNull()
        table.column("command", .text).notNull()
        table.column("at", .double).notNull()
        table.primaryKey(["case_id", "position"])
      }
      try AuditSeal.seal(table: "live_case", in: db)
      try AuditSeal.seal(table: "live_case_command", in: db)
    }
  }

  /// Stores `new`, first closing the idle cases and those in `closing`, with their audit entries.
  public func open(_ new: LiveCase, closing: [String], idleSince: Date, at time: Date) throws {
    try writer.immediateTransaction { db in
      // A finished case that recorded an attempt stays: it is that attempt's score page.
      let idle = try String.fetchAll(
        db, sql: "SELECT id FROM live_case WHERE last_used < ? AND attempt_id IS NULL ORDER BY last_used",
        arguments: [idleSince.timeIntervalSince1970])
      for id in idle { try close(id, reason: "idle", at: time, in: db) }
      for id in closing where !idle.contains(id) { try close(id, reason: "limit", at: time, in: db) }
      try db.execute(
        sql: """
          INSERT INTO live_case (id, trainee, scenario_id, seed, kind, revisions, started_at, last_used, commands)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
          """,
        arguments: [
          new.id, new.trainee, new.scenarioID, String(new.seed), new.kind.rawValue,
          try AuditEvent.canonicalJSON(new.revisions), new.startedAt.timeIntervalSince1970,
          new.lastUsed.timeIntervalSince1970,
        ])
      try audit(
        "practice.case.start", new,
        Started(
          case: new.id, scenario: new.scenarioID, seed: String(new.seed), kind: new.kind,
          revisions: new.revisions),
        at: time, in: db)
    }
  }

  /// The case `id` and its commands after the first `skip`; nil when no such case is stored.
  public func load(_ id: String, commandsAfter skip: Int) throws -> (live: LiveCase, commands: [CaseCommand])?
  {
    try writer.read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM live_case WHERE id = ?", arguments: [id])
      else {
        return nil
      }
      let live = try Self.liveCase(row)
      let texts = try String.fetchAll(
        db, sql: "SELECT command FROM live_case_command WHERE case_id = ? AND position > ? ORDER BY position",
        arguments: [id, skip])
      let commands = try texts.enumerated().map { offset, text in
        do {
          return try CaseCommand(json: text)
        } catch {
          throw LiveCaseError.unreadable(
            id: id, position: skip + offset + 1, detail: error.localizedDescription)
        }
      }
      return (live, commands)
    }
  }

  /// The cases of `trainee` used since `since`, the most recent first.
  public func cases(of trainee: String, usedSince since: Date) throws -> [LiveCase] {
    try writer.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM live_case WHERE trainee = ? AND last_used >= ? ORDER BY last_used DESC, id",
        arguments: [trainee, since.timeIntervalSince1970]
      ).map(Self.liveCase)
    }
  }

  /// The case that recorded each of `trainee`'s attempts, by attempt id.
  public func casesByAttempt(of trainee: String) throws -> [Int64: String] {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT attempt_id, id FROM live_case WHERE trainee = ? AND attempt_id IS NOT NULL",
        arguments: [trainee])
      return Dictionary(
        rows.map { ($0["attempt_id"] as Int64, $0["id"] as String) }, uniquingKeysWith: { a, _ in a })
    }
  }

  /// Appends `command` to case `id`, which must hold `count` commands and be unfinished.
  public func append(_ command: CaseCommand, to id: String, expecting count: Int, at time: Date) throws {
    try writer.immediateTransaction { db in
      let live = try current(id, expecting: count, in: db)
      let position = count + 1
      try db.execute(
        sql: "INSERT INTO live_case_command (case_id, position, command, at) VALUES (?, ?, ?, ?)",
        arguments: [id, position, command.json, time.timeIntervalSince1970])
      try db.execute(
        sql: "UPDATE live_case SET commands = ?, last_used = ? WHERE id = ?",
        arguments: [position, time.timeIntervalSince1970, id])
      try audit(
        "practice.case.command", live, Commanded(case: id, position: position, command: command.json),
        at: time,
        in: db)
    }
  }

  /// Finishes case `id` (holding `count` commands) with its score, recording `attempt` in the
  /// same transaction; `.alreadyFinished` when a finish was already stored.
  public func finish(
    _ id: String, expecting count: Int, score: Int, passed: Bool, attempt: Attempt?,
    recordedBy actor: String?,
    at time: Date
  ) throws -> LiveCaseFinish {
    try writer.immediateTransaction { db in
      let live: LiveCase
      do {
        live = try current(id, expecting: count, in: db)
      } catch LiveCaseConflict.finished {
        return .alreadyFinished
      }
      let recorded = try attempt.map {
        try TrainingStore(writer: writer, clock: clock).recordAttempt($0, actor: actor, in: db)
      }
      try db.execute(
        sql: """
          UPDATE live_case SET finished_at = ?, score = ?, passed = ?, attempt_id = ?, last_used = ? WHERE id = ?
          """,
        arguments: [
          time.timeIntervalSince1970, score, passed, recorded?.id, time.timeIntervalSince1970, id,
        ])
      try audit(
        "practice.case.finish", live,
        Finished(case: id, commands: count, score: score, passed: passed, attempt: recorded?.id), at: time,
        in: db)
      return .finished(attemptID: recorded?.id)
    }
  }

  /// The case as it is inside the transaction, refused unless it has `count` commands and is open.
  private func current(_ id: String, expecting count: Int, in db: Database) throws -> LiveCase {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM live_case WHERE id = ?", arguments: [id]) else {
      throw LiveCaseConflict.unknown(id: id)
    }
    let live = try Self.liveCase(row)
    guard live.finishedAt == nil else { throw LiveCaseConflict.finished(id: id) }
    guard live.commandCount == count else { throw LiveCaseConflict.moved(id: id) }
    return live
  }

  private func close(_ id: String, reason: String, at time: Date, in db: Database) throws {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM live_case WHERE id = ?", arguments: [id]) else {
      return
    }
    let live = try Self.liveCase(row)
    try db.execute(sql: "DELETE FROM live_case_command WHERE case_id = ?", arguments: [id])
    try db.execute(sql: "DELETE FROM live_case WHERE id = ?", arguments: [id])
    try audit(
      "practice.case.close", live, Closed(case: id, reason: reason, commands: live.commandCount), at: time,
      in: db)
  }

  private func audit(
    _ action: String, _ live: LiveCase, _ after: some Encodable, at time: Date, in db: Database
  )
    throws
  {
    let event = try AuditEvent(
      actor: live.trainee, action: action, subject: "trainee:\(live.trainee)/case:\(live.id)",
      before: String?.none, after: after)
    try AuditLog.append(event, at: time, in: db)
  }

  private static func liveCase(_ row: Row) throws -> LiveCase {
    let id: String = row["id"]
    let revisionsText: String = row["revisions"]
    let seedText: String = row["seed"]
    let kindText: String = row["kind"]
    guard let seed = UInt64(seedText), let kind = AttemptKind(rawValue: kindText),
      let revisions = try? JSONDecoder().decode([PinnedRevision].self, from: Data(revisionsText.utf8))
    else {
      throw LiveCaseError.unreadable(
        id: id, position: 0, detail: "its seed, kind or revisions cannot be read")
    }
    let finished: Double? = row["finished_at"]
    return LiveCase(
      id: id, trainee: row["trainee"], scenarioID: row["scenario_id"], seed: seed, kind: kind,
      revisions: revisions, startedAt: Date(timeIntervalSince1970: row["started_at"]),
      lastUsed: Date(timeIntervalSince1970: row["last_used"]), commandCount: row["commands"],
      finishedAt: finished.map(Date.init(timeIntervalSince1970:)), attemptID: row["attempt_id"])
  }

  private struct Started: Encodable {
    var `case`: String
    var scenario: String
    var seed: String
    var kind: AttemptKind
    var revisions: [PinnedRevision]
  }

  private struct Commanded: Encodable {
    var `case`: String
    var position: Int
    var command: String
  }

  private struct Finished: Encodable {
    var `case`: String
    var commands: Int
    var score: Int
    var passed: Bool
    var attempt: Int64?
  }

  private struct Closed: Encodable {
    var `case`: String
    var reason: String
    var commands: Int
  }
}
