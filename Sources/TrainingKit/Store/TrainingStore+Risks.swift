import CivilCalendar
import GRDB
import SOPKit

extension TrainingStore {
  /// A trainee raises a risk of delay on one of their items. `actor` is how the audit trail
  /// names who acted (the trainee, or the trainee through a token); the trainee by default.
  @discardableResult
  public func raiseRisk(
    _ reference: String, reason: String, commitOn: CivilDate?, by trainee: String, actor: String? = nil
  ) throws -> RaisedRisk {
    let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else { throw TrainingError.emptyText(field: .reason) }
    return try transaction { db in
      let item = try Self.item(reference, trainee: trainee, in: db)
      guard let assignment = try Assignment.fetchOne(db, key: item.assignmentID),
        assignment.trainee == trainee,
        let itemID = item.id
      else { throw TrainingError.notYourItem(item: reference, trainee: trainee) }
      var risk = RaisedRisk(
        itemID: itemID, trainee: trainee, reason: reason, commitOn: commitOn,
        raisedAt: clock.now().utcTimestamp)
      try risk.insert(db)
      try audit(
        "training.risk.raise", trainee: trainee, actor: actor ?? trainee, before: RaisedRisk?.none,
        after: risk, in: db
      )
      return risk
    }
  }

  /// A manager answers an open risk (a new date or the help given), closing it.
  @discardableResult
  public func answerRisk(_ id: Int64, answer: String, by manager: Signer) throws -> RaisedRisk {
    guard manager.holds("manager") else {
      throw TrainingError.notPermitted(user: manager.userName, action: "answer risks", role: "manager")
    }
    let answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !answer.isEmpty else { throw TrainingError.emptyText(field: .answer) }
    return try transaction { db in
      guard var risk = try RaisedRisk.fetchOne(db, key: id), risk.isOpen else {
        throw TrainingError.unknownRisk(id)
      }
      let before = risk
      risk.closedAt = clock.now().utcTimestamp
      risk.closedBy = manager.userName
      risk.answer = answer
      try risk.update(db)
      try audit(
        "training.risk.answer", trainee: risk.trainee, actor: manager.auditName, before: before, after: risk,
        in: db)
      return risk
    }
  }

  /// Risks raised, newest first; only open ones unless `all`.
  public func risks(all: Bool = false, team: String? = nil) throws -> [RaisedRisk] {
    try writer.read { db in
      var request = RaisedRisk.order(Column("id").desc)
      if !all { request = request.filter(Column("closed_at") == nil) }
      var risks = try request.fetchAll(db)
      if let team {
        let trainees = Set(try Self.assignments(team: team, in: db).map(\.trainee))
        risks = risks.filter { trainees.contains($0.trainee) }
      }
      return risks
    }
  }
}
