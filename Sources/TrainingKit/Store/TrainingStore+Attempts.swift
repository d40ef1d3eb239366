import Foundation
import GRDB

extension TrainingStore {
  /// Records a scored practice case for `trainee` in its own transaction.
  @discardableResult
  public func recordAttempt(
    trainee: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String],
    startedAt: Date, finishedAt: Date, kind: AttemptKind = .assessed
  ) throws -> Attempt {
    try transaction { db in
      try recordAttempt(
        trainee: trainee, scenario: scenario, seed: seed, score: score, passed: passed,
        sopRevisions: sopRevisions,
        startedAt: startedAt, finishedAt: finishedAt, kind: kind, in: db)
    }
  }

  /// How `trainee`'s next attempt at `scenario` is worked: assessed when it counts for a pass
  /// item of their plan that is still open (not done, not exhausted), else guided.
  public func attemptKind(trainee: String, scenario: String) throws -> AttemptKind {
    let items: [ItemProgress] = try progress(trainee: trainee).flatMap(\.items)
    let counts = items.contains { (entry: ItemProgress) -> Bool in
      guard entry.item.kind == .pass, entry.item.scenarioID == scenario else { return false }
      return !entry.isDone && entry.state != .exhausted
    }
    return counts ? .assessed : .guided
  }

  /// Records a scored practice case inside the caller's transaction, with its audit entry.
  /// `score` is the process score 0-100; `sopRevisions` the labels of the governing SOP
  /// revisions the case was scored against; `kind` whether the steps were shown.
  @discardableResult
  public func recordAttempt(
    trainee: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String],
    startedAt: Date, finishedAt: Date, kind: AttemptKind = .assessed, in db: Database
  ) throws -> Attempt {
    guard score.isFinite, (0...100).contains(score) else { throw TrainingError.invalidScore(score) }
    var attempt = Attempt(
      trainee: trainee, scenarioID: scenario, seed: seed, score: score, passed: passed,
      sopRevisions: sopRevisions,
      startedAt: startedAt.utcTimestamp, finishedAt: finishedAt.utcTimestamp, kind: kind)
    try attempt.insert(db)
    try audit(
      "training.attempt", trainee: trainee, actor: trainee, before: Attempt?.none, after: attempt, in: db)
    return attempt
  }
}
