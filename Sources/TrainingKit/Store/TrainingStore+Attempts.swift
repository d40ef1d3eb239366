import Foundation
import GRDB

extension TrainingStore {
  /// Records a scored practice case for `trainee` in its own transaction.
  @discardableResult
  public func recordAttempt(
    trainee: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String],
    startedAt: Date, finishedAt: Date
  ) throws -> Attempt {
    try transaction { db in
      try recordAttempt(
        trainee: trainee, scenario: scenario, seed: seed, score: score, passed: passed,
        sopRevisions: sopRevisions,
        startedAt: startedAt, finishedAt: finishedAt, in: db)
    }
  }

  /// Records a scored practice case inside the caller's transaction, with its audit entry.
  /// `score` is the process score 0-100; `sopRevisions` the labels of the governing SOP
  /// revisions the case was scored against.
  @discardableResult
  public func recordAttempt(
    trainee: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String],
    startedAt: Date, finishedAt: Date, in db: Database
  ) throws -> Attempt {
    guard score.isFinite, (0...100).contains(score) else { throw TrainingError.invalidScore(score) }
    var attempt = Attempt(
      trainee: trainee, scenarioID: scenario, seed: seed, score: score, passed: passed,
      sopRevisions: sopRevisions,
      startedAt: startedAt.utcTimestamp, finishedAt: finishedAt.utcTimestamp)
    try attempt.insert(db)
    try audit(
      "training.attempt", trainee: trainee, actor: trainee, before: Attempt?.none, after: attempt, in: db)
    return attempt
  }
}
