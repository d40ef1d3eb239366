import AuditTrail
import CivilCalendar
import Foundation
import GRDB
import SOPKit

/// Training in the academy database: assignments, items, acknowledgements, attempts and
/// risks. Every change runs in one immediate transaction with its audit entry (subject
/// `trainee:NAME`); the rules themselves live in the pure types this store feeds.
public struct TrainingStore: Sendable {
  /// The database.
  public let writer: any DatabaseWriter
  /// Where "now" comes from.
  public let clock: TimeSource

  /// Creates a store over an open, migrated database (SOP tables included).
  public init(writer: any DatabaseWriter, clock: TimeSource = .system) {
    self.writer = writer
    self.clock = clock
  }

  /// Registers the training tables' migrations.
  public static func registerMigrations(in migrator: inout DatabaseMigrator) {
    TrainingSchema.register(in: &migrator)
  }

  /// Today's UTC day.
  public var today: CivilDate { CivilDate(utcDayOf: clock.now()) }

  func transaction<T>(_ body: (Database) throws -> T) throws -> T {
    try writer.immediateTransaction(body)
  }

  func audit(
    _ action: String, trainee: String, actor: String, before: (some Encodable)?, after: some Encodable,
    in db: Database
  ) throws {
    let event = try AuditEvent(
      actor: actor, action: action, subject: "trainee:\(trainee)", before: before, after: after)
    try AuditLog.append(event, at: clock.now(), in: db)
  }

  static func assignments(trainee: String? = nil, team: String? = nil, in db: Database) throws -> [Assignment]
  {
    var request = Assignment.order(Column("trainee"), Column("id"))
    if let trainee { request = request.filter(Column("trainee") == trainee) }
    if let team { request = request.filter(Column("team") == team) }
    return try request.fetchAll(db)
  }

  static func items(of assignmentID: Int64, in db: Database) throws -> [TrainingItem] {
    try TrainingItem.filter(Column("assignment_id") == assignmentID).order(Column("position")).fetchAll(db)
  }

  static func acknowledgements(of trainee: String, in db: Database) throws -> [Acknowledgement] {
    try Acknowledgement.filter(Column("trainee") == trainee).order(Column("id")).fetchAll(db)
  }

  static func attempts(of trainee: String, in db: Database) throws -> [Attempt] {
    try Attempt.filter(Column("trainee") == trainee).order(Column("finished_at"), Column("id")).fetchAll(db)
  }

  /// The SOP revision facts of every SOP in the store, as of `day`.
  static func sopFacts(on day: CivilDate, in db: Database) throws -> [String: SOPHistoryFacts] {
    let all = try StoredRevision.order(Column("sop_id"), Column("sequence")).fetchAll(db)
    var facts: [String: SOPHistoryFacts] = [:]
    for (sopID, revisions) in Dictionary(grouping: all, by: \.sopID) {
      guard let latest = revisions.last else { continue }
      let timeline = RevisionTimeline(
        entries: revisions.map {
          .init(
            sequence: $0.sequence, state: $0.state, effectiveOn: $0.effectiveOn, obsoletedOn: $0.obsoletedOn)
        })
      let approved = revisions.filter {
        ($0.state == .approved || $0.state == .obsolete) && $0.effectiveOn != nil
      }
      .map {
        SOPHistoryFacts.Revision(
          sequence: $0.sequence, number: $0.number, hash: $0.hash, procedural: $0.changeClass == .procedural,
          effectiveOn: $0.effectiveOn, approvedAt: $0.approvedAt)
      }
      facts[sopID] = SOPHistoryFacts(
        sopID: sopID, title: latest.title, translationOf: latest.translationOf, approved: approved,
        currentSequence: timeline.current(on: day))
    }
    return facts
  }
}
