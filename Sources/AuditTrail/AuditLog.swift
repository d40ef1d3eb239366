import Foundation
import GRDB

/// The audit trail: registers its table, appends entries inside the caller's transaction,
/// lists them and verifies the hash chain.
public enum AuditLog {
  /// Registers the audit trail's migrations. Never edit a shipped migration: add a new one.
  public static func registerMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("audit.v1") { db in
      try db.create(table: AuditEntry.databaseTableName) { table in
        table.primaryKey("seq", .integer)
        table.column("time", .text).notNull()
        table.column("actor", .text).notNull()
        table.column("action", .text).notNull()
        table.column("subject", .text).notNull().indexed()
        table.column("before", .text)
        table.column("after", .text)
        table.column("prev_hash", .text).notNull()
        table.column("hash", .text).notNull()
      }
      // The application never rewrites history; these make an accidental UPDATE or DELETE
      // fail loudly. Someone editing the file by hand can drop them, which `verify` catches.
      try db.execute(
        sql: """
          CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
          BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
          CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
          BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
          """)
    }
    AuditSeal.registerMigrations(in: &migrator)
  }

  /// Appends `event` at `time` to the chain. Call it inside the transaction that makes the
  /// change, so both commit or neither does.
  @discardableResult
  public static func append(_ event: AuditEvent, at time: Date, in db: Database) throws -> AuditEntry {
    guard db.isInsideTransaction else { throw AuditTrailError.notInTransaction(action: event.action) }
    let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
    let seq: Int64 = (last?["seq"] ?? 0) + 1
    var entry = AuditEntry(
      seq: seq, time: time.utcTimestamp, actor: event.actor, action: event.action, subject: event.subject,
      before: event.before, after: event.after, prevHash: last?["hash"] ?? AuditEntry.genesisHash, hash: "")
    if let mac = try AuditLog.mac(in: db) {
      entry.scheme = AuditEntry.keyedScheme
      entry.state = try AuditSeal.update(in: db, mac: mac)
      entry.hash = try mac(entry.canonicalText + entry.prevHash)
    } else {
      entry.hash = entry.expectedHash
    }
    try entry.insert(db)
    return entry
  }

  /// The connection's keyed MAC, or nil when it has no audit key.
  static func mac(in db: Database) throws -> ((String) throws -> String)? {
    guard try AuditKey.hasKey(db) else { return nil }
    let statement = try db.cachedStatement(sql: "SELECT \(AuditKey.sqlFunction)(?)")
    return { text in try String.fetchOne(statement, arguments: [text]) ?? "" }
  }

  /// After a migration changed the shape of sealed tables: seals every row again, in an
  /// entry that says so (a no-op on a connection without the audit key).
  public static func resealAfterMigration(_ migrations: [String], at time: Date, in db: Database) throws {
    guard try AuditKey.hasKey(db), !migrations.isEmpty else { return }
    try AuditSeal.markAllDirty(in: db)
    let event = AuditEvent(
      actor: "system", action: "audit.reseal", subject: "audit",
      before: nil, after: "{\"migrations\":[" + migrations.map { "\"\($0)\"" }.joined(separator: ",") + "]}")
    try append(event, at: time, in: db)
  }

  /// Entries in chain order, all of them or those whose subject is `subject` or starts
  /// with `subject` followed by `/` (a revision of an SOP: `sop:COL-004/1.0`).
  public static func entries(subject: String? = nil, in db: Database) throws -> [AuditEntry] {
    guard let subject else {
      return try AuditEntry.order(Column("seq")).fetchAll(db)
    }
    return
      try AuditEntry
      .filter(
        Column("subject") == subject || Column("subject").like(escapeLike(subject) + "/%", escape: "\\")
      )
      .order(Column("seq"))
      .fetchAll(db)
  }

  /// Recomputes the chain from the first entry and reports the first one that does not
  /// match; then, with the audit key, recomputes every sealed record against the state the
  /// last keyed entry sealed and reports each table, row and field that disagrees.
  public static func verify(in db: Database) throws -> AuditVerification {
    var previousHash = AuditEntry.genesisHash
    var expectedSeq: Int64 = 1
    var count = 0
    var lastState: String?
    var sawKeyed = false
    let mac = try mac(in: db)
    let cursor = try AuditEntry.order(Column("seq")).fetchCursor(db)
    while let entry = try cursor.next() {
      if entry.seq != expectedSeq {
        return .broken(seq: expectedSeq, reason: "entry \(expectedSeq) is missing (next is \(entry.seq))")
      }
      if entry.prevHash != previousHash {
        return .broken(seq: entry.seq, reason: "its previous-hash does not match entry \(entry.seq - 1)")
      }
      if entry.isKeyed {
        guard let mac else {
          return .broken(
            seq: entry.seq, reason: "it is keyed and this connection has no audit key to check it")
        }
        if entry.hash != (try mac(entry.canonicalText + entry.prevHash)) {
          return .broken(
            seq: entry.seq, reason: "its content does not match its keyed hash (edited or rebuilt)")
        }
        sawKeyed = true
        lastState = entry.state
      } else {
        if sawKeyed {
          return .broken(
            seq: entry.seq, reason: "an unkeyed entry after keyed ones (written without the key)")
        }
        if entry.hash != entry.expectedHash {
          return .broken(seq: entry.seq, reason: "its content does not match its hash (edited after writing)")
        }
      }
      previousHash = entry.hash
      expectedSeq += 1
      count += 1
    }
    if let mac, let lastState {
      var findings = try AuditSeal.verify(state: lastState, in: db, mac: mac)
      if try AuditSeal.hasDirtyRows(in: db) {
        findings.append("records were written after the last audit entry, with no entry of their own")
      }
      if !findings.isEmpty { return .recordsAltered(findings, lastSeq: expectedSeq - 1) }
    }
    return .intact(entries: count, lastHash: previousHash)
  }

  private static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}

/// The result of recomputing the audit chain.
public enum AuditVerification: Sendable, Hashable {
  /// Every entry matches; `lastHash` is the head of the chain.
  case intact(entries: Int, lastHash: String)
  /// Entry `seq` is the first that does not match, for `reason`.
  case broken(seq: Int64, reason: String)
  /// The chain holds, but records differ from what its last entry (`lastSeq`) sealed: one
  /// line per table, row and field.
  case recordsAltered([String], lastSeq: Int64)

  /// Whether the chain is intact.
  public var isIntact: Bool {
    if case .intact = self { return true }
    return false
  }
}

/// The head of the chain at a moment, signed with the audit key, to keep outside the data
/// folder: `AuditLog.verify(checkpoint:in:)` later proves the chain still holds that entry
/// unchanged, so nothing was cut off the end or rebuilt since.
public struct AuditCheckpoint: Sendable, Hashable, Codable {
  /// The entry the checkpoint was taken at.
  public var seq: Int64
  /// Its hash.
  public var hash: String
  /// When the checkpoint was taken (UTC).
  public var takenAt: String
  /// HMAC of the fields above with the audit key.
  public var signature: String

  var signedText: String { "academy audit checkpoint\n\(seq)\n\(hash)\n\(takenAt)\n" }
}

extension AuditLog {
  /// Signs the chain's head; an error without the audit key or on an empty chain.
  public static func checkpoint(at time: Date, in db: Database) throws -> AuditCheckpoint {
    guard let mac = try mac(in: db) else {
      throw AuditTrailError.badCheckpoint(reason: "needs the audit key: open the data folder that holds it")
    }
    guard let last = try AuditEntry.order(Column("seq").desc).fetchOne(db) else {
      throw AuditTrailError.badCheckpoint(reason: "has nothing to sign: the audit trail is empty")
    }
    var checkpoint = AuditCheckpoint(
      seq: last.seq, hash: last.hash, takenAt: time.utcTimestamp, signature: "")
    checkpoint.signature = try mac(checkpoint.signedText)
    return checkpoint
  }

  /// Whether the chain still holds `checkpoint`'s entry with its hash: a checkpoint not
  /// signed with this key, or an entry missing or changed, is `.broken`.
  public static func verify(checkpoint: AuditCheckpoint, in db: Database) throws -> AuditVerification {
    guard let mac = try mac(in: db) else {
      return .broken(seq: checkpoint.seq, reason: "the checkpoint cannot be checked without the audit key")
    }
    guard try mac(checkpoint.signedText) == checkpoint.signature else {
      return .broken(seq: checkpoint.seq, reason: "the checkpoint's signature does not match this audit key")
    }
    guard let entry = try AuditEntry.fetchOne(db, key: checkpoint.seq) else {
      return .broken(
        seq: checkpoint.seq,
        reason:
          "entry \(checkpoint.seq), signed in the checkpoint of \(checkpoint.takenAt), is gone: entries were cut off"
      )
    }
    guard entry.hash == checkpoint.hash else {
      return .broken(
        seq: checkpoint.seq,
        reason:
          "entry \(checkpoint.seq) is not the one signed on \(checkpoint.takenAt): the chain was rebuilt")
    }
    return try verify(in: db)
  }
}
