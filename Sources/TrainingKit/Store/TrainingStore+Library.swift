import GRDB
import SOPKit

extension TrainingStore {
  /// The assignments (of one trainee or team), by trainee then age.
  public func assignments(trainee: String? = nil, team: String? = nil) throws -> [Assignment] {
    try writer.read { db in try Self.assignments(trainee: trainee, team: team, in: db) }
  }

  /// Every SOP the store knows, id -> title of its latest revision: the ids plans may name and
  /// the titles reports print.
  public func sopTitles() throws -> [String: String] {
    try writer.read { db in try Self.sopFacts(on: today, in: db).mapValues(\.title) }
  }

  /// The revision of `sopID` a trainee acknowledges today: the one in force, or nil when none
  /// is. Throws `unknownSOP` when the store has no revision of it at all.
  public func revisionToAcknowledge(_ sopID: String) throws -> StoredRevision? {
    try writer.read { db in
      let revisions = try StoredRevision.filter(Column("sop_id") == sopID).order(Column("sequence"))
        .fetchAll(db)
      guard !revisions.isEmpty else { throw TrainingError.unknownSOP(sopID) }
      guard let current = try Self.sopFacts(on: today, in: db)[sopID]?.current else { return nil }
      return revisions.first { $0.sequence == current.sequence }
    }
  }
}
