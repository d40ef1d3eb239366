import Foundation
import GRDB
import Testing

@testable import AuditTrail

@Suite struct AuditLogTests {
  func database(entries: Int) throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    AuditLog.registerMigrations(in: &migrator)
    try migrator.migrate(queue)
    try queue.write { db in
      for index in 1...entries {
        let event = AuditEvent(
          actor: "ana", action: "test.step", subject: "sop:COL-00\(index % 3)",
          before: index == 1 ? nil : "{\"n\":\(index - 1)}",
          after: "{\"n\":\(index)}")
        try AuditLog.append(event, at: Date(timeIntervalSince1970: Double(index)), in: db)
      }
    }
    return queue
  }

  @Test func chainVerifies() throws {
    let queue = try database(entries: 5)
    let result = try queue.read { try AuditLog.verify(in: $0) }
    guard case .intact(let count, let head) = result else {
      Issue.record("chain broken: \(result)")
      return
    }
    #expect(count == 5)
    #expect(head == (try queue.read { try AuditLog.entries(in: $0).last?.hash }))
  }

  @Test func tamperedRowIsNamed() throws {
    let queue = try database(entries: 6)
    // The triggers refuse an UPDATE: a tamperer must drop them first, and the chain still tells.
    #expect(throws: DatabaseError.self) {
      try queue.write { db in try db.execute(sql: "UPDATE audit_entry SET actor = 'eve' WHERE seq = 3") }
    }
    try queue.write { db in
      try db.execute(sql: "DROP TRIGGER audit_entry_no_update")
      try db.execute(sql: "UPDATE audit_entry SET after = '{\"n\":99}' WHERE seq = 3")
    }
    let result = try queue.read { try AuditLog.verify(in: $0) }
    #expect(result == .broken(seq: 3, reason: "its content does not match its hash (edited after writing)"))
  }

  @Test func deletedRowIsNamed() throws {
    let queue = try database(entries: 4)
    try queue.write { db in
      try db.execute(sql: "DROP TRIGGER audit_entry_no_delete")
      try db.execute(sql: "DELETE FROM audit_entry WHERE seq = 2")
    }
    let result = try queue.read { try AuditLog.verify(in: $0) }
    #expect(result == .broken(seq: 2, reason: "entry 2 is missing (next is 3)"))
  }

  @Test func appendOutsideATransactionIsRefused() throws {
    let queue = try database(entries: 1)
    #expect(throws: AuditTrailError.notInTransaction(action: "x")) {
      try queue.writeWithoutTransaction { db in
        try AuditLog.append(
          AuditEvent(actor: "a", action: "x", subject: "s", before: nil, after: nil), at: Date(), in: db)
      }
    }
  }

  @Test func subjectFilterKeepsOnlyThatSOP() throws {
    let queue = try database(entries: 6)
    let entries = try queue.read { try AuditLog.entries(subject: "sop:COL-001", in: $0) }
    #expect(entries.map(\.seq) == [1, 4])
  }

  @Test func timestampsRoundTripInUTC() throws {
    let date = Date(timeIntervalSince1970: 1_780_000_000.125)
    #expect(date.utcTimestamp == "2026-05-28T20:26:40.125Z")
    #expect(Date(utcTimestamp: date.utcTimestamp).map { abs($0.timeIntervalSince(date)) < 0.001 } == true)
  }
}
