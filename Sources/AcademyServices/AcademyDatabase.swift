import AuditTrail
import Foundation
import GRDB
import People
import SOPKit
import TrainingKit

/// The one database file `<data>/academy.sqlite` (WAL), with every module's migrations.
public struct AcademyDatabase: Sendable {
  /// The connection pool.
  let pool: DatabasePool
  /// Where "now" comes from.
  public let clock: TimeSource
  /// Live practice cases rebuilt in this process (the database stays their truth).
  let liveCaseCache = LiveCaseCache()
  /// The change stamp, signalled by every process writing to this data folder.
  let changes: ChangeStamp

  /// Every module registers its own tables; order matters only for new installs.
  public static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    AuditLog.registerMigrations(in: &migrator)
    UserDirectory.registerMigrations(in: &migrator)
    SOPStore.registerMigrations(in: &migrator)
    TrainingStore.registerMigrations(in: &migrator)
    PasswordThrottle.registerMigrations(in: &migrator)
    LiveCaseStore.registerMigrations(in: &migrator)
    return migrator
  }

  /// Opens (creating the folder and file if needed) and migrates; a file that is not an
  /// academy database is refused with advice instead of a crash.
  public static func open(folder: String, clock: TimeSource) throws -> AcademyDatabase {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw SessionError.dataFolder(path: folder, reason: (error as NSError).localizedDescription)
    }
    let path = (folder as NSString).appendingPathComponent("academy.sqlite")
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    // The key that signs the audit chain lives beside the database, never in it.
    try AuditKey.load(folder: folder).install(in: &configuration)
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      let migrator = migrator
      try pool.read { db in
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if !tables.isEmpty, !tables.contains("grdb_migrations") {
          throw SessionError.notAnAcademyDatabase(path: path, detail: "it holds other tables")
        }
      }
      if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
        throw SessionError.newerDatabase(path: path)
      }
      let applied = try pool.read { try migrator.appliedMigrations($0) }
      try migrator.migrate(pool)
      // A migration may reshape sealed rows (a new column): seal them again, in an entry.
      let ran = try pool.read { try migrator.appliedMigrations($0) }.filter { !applied.contains($0) }
      if !ran.isEmpty {
        try pool.writeWithoutTransaction { db in
          try db.inTransaction(.immediate) {
            try AuditLog.resealAfterMigration(ran, at: clock.now(), in: db)
            return .commit
          }
        }
      }
      try pool.read { db in
        if let problem = try String.fetchOne(db, sql: "PRAGMA quick_check"), problem != "ok" {
          throw SessionError.notAnAcademyDatabase(path: path, detail: problem)
        }
      }
      let audit = AuditStore(reader: pool)
      let changes = try ChangeStamp(
        signalFile: (folder as NSString).appendingPathComponent("academy.changes"),
        fetch: { try audit.changeStamp() })
      changes.observe(pool)
      return AcademyDatabase(pool: pool, clock: clock, changes: changes)
    } catch let error as DatabaseError {
      throw SessionError.notAnAcademyDatabase(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }

  /// The newest audit entry's row id: it moves with every change, so caches keyed by it are
  /// never stale. Read from the database only when a commit signalled (`ChangeStamp`); a
  /// synchronous read on purpose: GRDB's async reads hold a reader while they wait for a task
  /// thread, and with the synchronous reads elsewhere in the app that can leave every task
  /// thread waiting for a reader (seen under load).
  public func changeStamp() throws -> Int64 {
    try changes.current()
  }

  /// The SOP store over this database.
  var store: SOPStore { SOPStore(writer: pool, clock: clock, revisionInForce: retrainingHook) }
  /// The user directory over this database.
  var people: UserDirectory { UserDirectory(writer: pool, clock: clock) }
  /// The counters of wrong passwords over this database.
  var passwordThrottle: PasswordThrottle { PasswordThrottle(writer: pool, clock: clock) }
}
