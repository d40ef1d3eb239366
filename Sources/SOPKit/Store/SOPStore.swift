import AuditTrail
import CivilCalendar
import Foundation
import GRDB

/// The SOP store: revisions, signatures and the search index in the academy database.
/// Every change runs in one immediate transaction together with its audit entry.
public struct SOPStore: Sendable {
  /// The database.
  public let writer: any DatabaseWriter
  /// Where "now" comes from.
  public let clock: TimeSource
  /// Runs inside the transaction of a write that puts a revision of an SOP (its id given) in
  /// force, before it commits: the layer above creates what follows from it (retraining), so
  /// the revision never is in force without it. SOPKit knows nothing of training.
  public let revisionInForce: (@Sendable (_ sopID: String, _ db: Database) throws -> Void)?

  /// Creates a store over an open, migrated database.
  public init(
    writer: any DatabaseWriter, clock: TimeSource = .system,
    revisionInForce: (@Sendable (_ sopID: String, _ db: Database) throws -> Void)? = nil
  ) {
    self.writer = writer
    self.clock = clock
    self.revisionInForce = revisionInForce
  }

  /// Registers the SOP tables' migrations.
  public static func registerMigrations(in migrator: inout DatabaseMigrator) {
    StoreSchema.register(in: &migrator)
  }

  /// Today's UTC day.
  public var today: CivilDate { CivilDate(utcDayOf: clock.now()) }

  /// Runs `body` in an IMMEDIATE transaction with its audit entries (see `immediateTransaction`).
  func transaction<T>(_ body: (Database) throws -> T) throws -> T {
    try writer.immediateTransaction(body)
  }

  static func revisions(of sopID: String, in db: Database) throws -> [StoredRevision] {
    try StoredRevision.filter(Column("sop_id") == sopID).order(Column("sequence")).fetchAll(db)
  }

  static func latest(of sopID: String, in db: Database) throws -> StoredRevision {
    guard
      let latest = try StoredRevision.filter(Column("sop_id") == sopID).order(Column("sequence").desc)
        .fetchOne(db)
    else { throw StoreError.unknownSOP(sopID) }
    return latest
  }

  static func timeline(_ revisions: [StoredRevision]) -> RevisionTimeline {
    RevisionTimeline(
      entries: revisions.map {
        RevisionTimeline.Entry(
          sequence: $0.sequence, state: $0.state, effectiveOn: $0.effectiveOn, obsoletedOn: $0.obsoletedOn)
      })
  }

  static func signatures(of revision: StoredRevision, round: Int? = nil, in db: Database) throws
    -> [StoredSignature]
  {
    var request = StoredSignature.filter(Column("revision_id") == revision.id)
    if let round { request = request.filter(Column("round") == round) }
    return try request.order(Column("id")).fetchAll(db)
  }

  /// Refuses when the actor's view is older than the latest revision.
  static func checkFresh(_ latest: StoredRevision, seen: RevisionNumber?) throws {
    guard let seen, !latest.isLabelled(seen) else { return }
    throw StoreError.staleRevision(sopID: latest.sopID, seen: seen.description, latest: latest.number)
  }

  func audit(
    _ action: String, sopID: String, actor: String, before: RevisionAuditSummary?, after: some Encodable,
    in db: Database
  ) throws {
    let event = try AuditEvent(
      actor: actor, action: action, subject: "sop:\(sopID)", before: before, after: after)
    try AuditLog.append(event, at: clock.now(), in: db)
  }
}
