import Foundation
import GRDB

extension TrainingStore {
  /// Records a scored practice case in its own transaction (see the method below).
  @discardableResult
  public func recordAttempt(_ attempt: Attempt, actor: String? = nil) throws -> Attempt {
    try transaction { db in try recordAttempt(attempt, actor: actor, in: db) }
  }

  /// How `trainee`'s next attempt at `scenario` is worked: assessed when it counts for a pass
  /// item of their plan that is still open (not done, not exhausted, not waiting for
  /// prerequisites), else guided: a blocked item's scenario is practised, never passed.
  public func attemptKind(trainee: String, scenario: String) throws -> AttemptKind {
    let items: [ItemProgress] = try progress(trainee: trainee).flatMap(\.items)
    let counts = items.contains { (entry: ItemProgress) -> Bool in
      guard entry.item.kind == .pass, entry.item.scenarioID == scenario else { return false }
      return entry.state == .open
    }
    return counts ? .assessed : .guided
  }

  /// Records a scored practice case (`attempt`, without an id) inside the caller's
  /// transaction, with its audit entry; returns it with its id. `actor` is how the audit trail
  /// names who recorded it (the trainee by default, or the trainee through a token). An
  /// assessed attempt is refused while every open pass item for the scenario waits for
  /// prerequisites: a blocked item cannot be passed.
  @discardableResult
  public func recordAttempt(_ attempt: Attempt, actor: String? = nil, in db: Database) throws -> Attempt {
    guard attempt.score.isFinite, (0...100).contains(attempt.score) else {
      throw TrainingError.invalidScore(attempt.score)
    }
    if attempt.kind == .assessed {
      try refuseWhenBlocked(scenario: attempt.scenarioID, trainee: attempt.trainee, in: db)
    }
    var attempt = attempt
    attempt.id = nil
    try attempt.insert(db)
    try audit(
      "training.attempt", trainee: attempt.trainee, actor: actor ?? attempt.trainee, before: Attempt?.none,
      after: attempt, in: db)
    return attempt
  }

  /// Refuses, before the case is worked, an assessed attempt whose pass items all wait for
  /// prerequisites (the same check `recordAttempt` makes).
  public func checkAssessedAttempt(trainee: String, scenario: String) throws {
    try writer.read { db in try refuseWhenBlocked(scenario: scenario, trainee: trainee, in: db) }
  }

  /// Throws `blocked` when the trainee has open pass items for `scenario` and all of them wait
  /// for prerequisites.
  func refuseWhenBlocked(scenario: String, trainee: String, in db: Database) throws {
    var open: [ItemProgress] = []
    for assignment in try Self.assignments(trainee: trainee, in: db) {
      open += try evaluate(assignment, in: db).filter {
        $0.item.kind == .pass && $0.item.scenarioID == scenario && !$0.isDone && $0.state != .exhausted
      }
    }
    guard !open.isEmpty, open.allSatisfy({ $0.state == .blocked }), let first = open.first else { return }
    throw TrainingError.blocked(item: first.item.key, waitingFor: first.waitingFor)
  }
}
