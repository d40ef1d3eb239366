import GRDB

extension TrainingStore {
  /// Every practice attempt of the trainees with a plan (or a team's), oldest first: the
  /// manager's score distribution.
  public func teamAttempts(team: String? = nil) throws -> [Attempt] {
    try writer.read { db in
      let trainees = Set(try Self.assignments(team: team, in: db).map(\.trainee))
      return try trainees.sorted().flatMap { try Self.attempts(of: $0, in: db) }
        .sorted { $0.finishedAt < $1.finishedAt }
    }
  }
}
