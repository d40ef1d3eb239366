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
    entry.hash = entry.expectedHash
    try entry.insert(db)
    return entry
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

  /// Recomputes the chain from the first entry and reports the first one that does not match.
  public static func verify(in db: Database) throws -> AuditVerification {
    var previousHash = AuditEntry.genesisHash
    var expectedSeq: Int64 = 1
    var count = 0
    let cursor = try AuditEntry.order(Column("seq")).fetchCursor(db)
    while let entry = try cursor.next() {
      if entry.seq != expectedSeq {
        return .broken(seq: expectedSeq, reason: "entry \(expectedSeq) is missing (next is \(entry.seq))")
      }
      if entry.prevHash != previousHash {
        return .broken(seq: entry.seq, reason: "its previous-hash does not match entry \(entry.seq - 1)")
      }
      if entry.hash != entry.expectedHash {
        return .broken(seq: entry.seq, reason: "its content does not match its hash (edited after writing)")
      }
      previousHash = entry.hash
      expectedSeq += 1
      count += 1
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

  /// Whether the chain is intact.
  public var isIntact: Bool {
    if case .intact = self { return true }
    return false
  }
}
