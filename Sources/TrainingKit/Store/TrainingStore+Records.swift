import GRDB

extension TrainingStore {
  /// The trainee's scored practice cases, oldest first.
  public func attempts(trainee: String) throws -> [Attempt] {
    try writer.read { db in try Self.attempts(of: trainee, in: db) }
  }

  /// The trainee's acknowledgements (e-signatures on SOP revisions), oldest first.
  public func acknowledgements(trainee: String) throws -> [Acknowledgement] {
    try writer.read { db in try Self.acknowledgements(of: trainee, in: db) }
  }

  /// Risks the trainee raised, answered or not, newest first.
  public func risks(trainee: String) throws -> [RaisedRisk] {
    try writer.read { db in
      try RaisedRisk.filter(Column("trainee") == trainee).order(Column("id").desc).fetchAll(db)
    }
  }
}
