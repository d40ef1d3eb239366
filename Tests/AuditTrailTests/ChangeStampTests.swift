import Foundation
import GRDB
import Synchronization
import Testing

@testable import AuditTrail

/// The change stamp is read again exactly when some process signalled a commit (or after the
/// recheck), so no change is missed and an unchanged database is not asked.
@Suite struct ChangeStampTests {
  /// A counter standing for the database's stamp, with the number of times it was read.
  final class Source: Sendable {
    let state = Mutex((stamp: Int64(1), reads: 0))
    func fetch() -> Int64 {
      state.withLock {
        $0.reads += 1; return $0.stamp
      }
    }
    func commit() { state.withLock { $0.stamp += 1 } }
    var reads: Int { state.withLock { $0.reads } }
  }

  private func signalFile() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString)").path
  }

  @Test func anUnchangedDatabaseIsReadOnce() throws {
    let source = Source()
    let stamp = try ChangeStamp(signalFile: signalFile(), fetch: { source.fetch() })
    #expect(try stamp.current() == 1)
    #expect(try stamp.current() == 1)
    #expect(try stamp.current() == 1)
    #expect(source.reads == 1)
  }

  @Test func aCommitSignalledByAnotherProcessShowsOnTheNextRead() throws {
    let path = signalFile()
    let source = Source()
    let here = try ChangeStamp(signalFile: path, fetch: { source.fetch() })
    // Another process: its own descriptor on the same file.
    let there = try ChangeStamp(signalFile: path, fetch: { source.fetch() })
    #expect(try here.current() == 1)
    source.commit()
    #expect(try here.current() == 1)  // nobody signalled: the file cannot tell
    there.signal()
    #expect(try here.current() == 2)
  }

  @Test func everyCommitOnAnObservedDatabaseSignals() throws {
    let path = signalFile()
    let queue = try DatabaseQueue()
    try queue.write { try $0.execute(sql: "CREATE TABLE t (x INTEGER)") }
    let watched = try ChangeStamp(
      signalFile: path,
      fetch: { try queue.read { try Int64.fetchOne($0, sql: "SELECT count(*) FROM t") ?? 0 } })
    watched.observe(queue)
    let reader = try ChangeStamp(
      signalFile: path,
      fetch: { try queue.read { try Int64.fetchOne($0, sql: "SELECT count(*) FROM t") ?? 0 } })
    #expect(try reader.current() == 0)
    try queue.write { try $0.execute(sql: "INSERT INTO t VALUES (1)") }
    #expect(try reader.current() == 1)
    try? queue.write { db in
      try db.execute(sql: "INSERT INTO t VALUES (2)")
      throw CancellationError()  // rolled back: nothing changed, and the stamp says so
    }
    #expect(try reader.current() == 1)
  }

  @Test func aFolderThatCannotHoldTheFileIsNamed() {
    #expect(throws: AuditTrailError.self) {
      _ = try ChangeStamp(signalFile: "/nonexistent-folder/academy.changes", fetch: { 0 })
    }
  }
}
