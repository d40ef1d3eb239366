import CivilCalendar
import GRDB

extension TrainingStore {
  /// xAPI statements for facts on or after `since` (a day), in time order.
  public func statements(since day: CivilDate, exporter: XAPIExporter) throws -> [XAPIStatement] {
    let since = day.iso
    let progress = try progress()
    return try writer.read { db in
      let assignments = try Self.assignments(in: db)
      // Assignments come ordered by id, so the last one per trainee is the newest.
      var newest: [String: Int64] = [:]
      for assignment in assignments { newest[assignment.trainee] = assignment.id }
      var statements: [XAPIStatement] = []
      for ack in try Acknowledgement.filter(Column("signed_at") >= since).fetchAll(db) {
        statements.append(exporter.statement(for: ack, registration: newest[ack.trainee]))
      }
      for attempt in try Attempt.filter(Column("finished_at") >= since).fetchAll(db) {
        statements.append(exporter.statement(for: attempt, registration: newest[attempt.trainee]))
      }
      for assignment in assignments {
        guard let id = assignment.id else { continue }
        for item in try Self.items(of: id, in: db) where (item.signedAt ?? "") >= since {
          if let statement = exporter.statement(forSignOff: item, assignment: assignment) {
            statements.append(statement)
          }
        }
      }
      statements += progress.compactMap(exporter.statement(forCompleted:)).filter { $0.timestamp >= since }
      return statements.sorted { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
    }
  }
}
