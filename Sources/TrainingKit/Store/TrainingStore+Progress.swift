import GRDB
import SOPKit

/// "What changed since you last trained" for one SOP.
public struct ChangeSinceTraining: Sendable, Hashable {
  /// The SOP.
  public var sopID: String
  /// The revision the trainee last acknowledged.
  public var acknowledged: String?
  /// The revision in force.
  public var current: String?
  /// The diff between them, when both exist and differ.
  public var diff: RevisionDiff?
}

extension TrainingStore {
  /// Progress of every assignment (of one trainee or team). Reads only: retraining items are
  /// created by the writes that put revisions in force and by the scheduled check.
  public func progress(trainee: String? = nil, team: String? = nil) throws -> [TraineeProgress] {
    try writer.read { db in
      try Self.assignments(trainee: trainee, team: team, in: db).compactMap { assignment in
        guard let id = assignment.id else { return nil }
        return TraineeProgress.make(
          assignment: assignment, items: try Self.items(of: id, in: db),
          acknowledgements: try Self.acknowledgements(of: assignment.trainee, in: db),
          attempts: try Self.attempts(of: assignment.trainee, in: db),
          risks: try RaisedRisk.filter(Column("trainee") == assignment.trainee).fetchAll(db), today: today)
      }
    }
  }

  /// The coverage matrix over the SOPs in force, for everyone with a plan (or a team's).
  public func coverage(team: String? = nil) throws -> CoverageMatrix {
    try writer.read { db in
      let assignments = try Self.assignments(team: team, in: db)
      let people = try Dictionary(grouping: assignments, by: \.trainee).keys.sorted().map { name in
        let items = try Self.assignments(trainee: name, in: db).compactMap(\.id).flatMap {
          try Self.items(of: $0, in: db)
        }
        return CoverageMatrix.Person(
          name: name, items: items, acknowledgements: try Self.acknowledgements(of: name, in: db),
          attempts: try Self.attempts(of: name, in: db))
      }
      return CoverageMatrix.make(sops: Array(try Self.sopFacts(on: today, in: db).values), people: people)
    }
  }

  /// Per SOP in the trainee's plans: the revision acknowledged last, the one in force, and
  /// the diff between them.
  public func changes(trainee: String) throws -> [ChangeSinceTraining] {
    let (sopIDs, acks, facts) = try writer.read { db in
      let assignments = try Self.assignments(trainee: trainee, in: db)
      guard !assignments.isEmpty else { throw TrainingError.noPlan(trainee: trainee) }
      var ids: [String] = []
      for id in assignments.compactMap(\.id) {
        for item in try Self.items(of: id, in: db) where item.kind == .acknowledge {
          if let sop = item.sopID, !ids.contains(sop) { ids.append(sop) }
        }
      }
      return (ids, try Self.acknowledgements(of: trainee, in: db), try Self.sopFacts(on: today, in: db))
    }
    let sops = SOPStore(writer: writer, clock: clock)
    return try sopIDs.map { sopID in
      let last = acks.filter { $0.sopID == sopID }.max { $0.revisionSequence < $1.revisionSequence }
      let current = facts[sopID]?.current
      var change = ChangeSinceTraining(
        sopID: sopID, acknowledged: last?.revisionNumber, current: current?.number, diff: nil)
      if let last, let current, last.revisionHash != current.hash,
        let from = RevisionNumber(last.revisionNumber), let to = RevisionNumber(current.number)
      {
        change.diff = try sops.diff(sopID, from: from, to: to)
      }
      return change
    }
  }
}
