import Foundation
import GRDB

/// The audit trail as the application layer reads it: one implementation per database engine.
public protocol AuditRepository: Sendable {
  /// Entries in chain order, all or those about `subject` (and its `subject/...` children).
  func entries(subject: String?) throws -> [AuditEntry]
  /// Recomputes the chain and the sealed records; with `checkpoint`, also proves the chain
  /// still holds the entry it signed.
  func verify(checkpoint: AuditCheckpoint?) throws -> AuditVerification
  /// Signs the chain's head at `time`.
  func checkpoint(at time: Date) throws -> AuditCheckpoint
  /// The newest entry's row id: it moves with every change.
  func changeStamp() throws -> Int64
}

/// The audit trail in the academy database (SQLite through GRDB).
public struct AuditStore: AuditRepository {
  /// The database.
  public let reader: any DatabaseReader

  /// Creates a store over an open, migrated database.
  public init(reader: any DatabaseReader) {
    self.reader = reader
  }

  /// Entries in chain order, all or about `subject`.
  public func entries(subject: String?) throws -> [AuditEntry] {
    try reader.read { db in try AuditLog.entries(subject: subject, in: db) }
  }

  /// Recomputes the chain and the sealed records (and the checkpoint's entry).
  public func verify(checkpoint: AuditCheckpoint?) throws -> AuditVerification {
    try reader.read { db in
      try checkpoint.map { try AuditLog.verify(checkpoint: $0, in: db) } ?? AuditLog.verify(in: db)
    }
  }

  /// Signs the chain's head.
  public func checkpoint(at time: Date) throws -> AuditCheckpoint {
    try reader.read { db in try AuditLog.checkpoint(at: time, in: db) }
  }

  /// The newest entry's row id.
  public func changeStamp() throws -> Int64 {
    try reader.read { db in try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM audit_entry") ?? 0 }
  }
}
