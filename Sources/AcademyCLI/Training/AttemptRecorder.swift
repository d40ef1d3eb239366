import Foundation
import TrainingKit

/// Records a scored case against the acting user when that user is a trainee (holds the
/// `trainee` role or has a plan). `case score` and `practice` call this after scoring; it
/// returns nil and touches nothing when no `--as` is given or the user is not a trainee.
@discardableResult
func recordAttemptIfTrainee(
  store options: StoreOptions, scenario: String, seed: UInt64, score: Double, passed: Bool,
  sopRevisions: [String: String], startedAt: Date, finishedAt: Date
) throws -> Attempt? {
  guard let name = options.actorName else { return nil }
  let database = try options.open()
  return try recordAttemptIfTrainee(
    name, in: database, scenario: scenario, seed: seed, score: score, passed: passed,
    sopRevisions: sopRevisions,
    startedAt: startedAt, finishedAt: finishedAt)
}

/// The same for a database already open and a user name.
@discardableResult
func recordAttemptIfTrainee(
  _ name: String, in database: AcademyDatabase, scenario: String, seed: UInt64, score: Double, passed: Bool,
  sopRevisions: [String: String], startedAt: Date, finishedAt: Date
) throws -> Attempt? {
  let signer = try database.people.signer(named: name)
  guard try signer.holds("trainee") || database.training.hasPlan(name) else { return nil }
  return try database.training.recordAttempt(
    trainee: name, scenario: scenario, seed: seed, score: score, passed: passed, sopRevisions: sopRevisions,
    startedAt: startedAt, finishedAt: finishedAt)
}
