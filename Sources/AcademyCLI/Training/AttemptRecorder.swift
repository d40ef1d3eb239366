import AcademyServices
import Foundation
import TrainingKit

/// Records a scored case against the acting user when that user is a trainee (holds the
/// `trainee` role or has a plan). `case score` and `practice` call this after scoring; it
/// returns nil and touches nothing when no `--as` is given or the user is not a trainee.
@discardableResult
func recordAttemptIfTrainee(
  store options: StoreOptions, scenario: String, seed: UInt64, score: Double, passed: Bool,
  sopRevisions: [String: String], startedAt: Date, finishedAt: Date, kind: AttemptKind
) throws -> Attempt? {
  guard let name = options.actorName else { return nil }
  let database = try options.open()
  return try database.recordAttemptIfTrainee(
    name, scenario: scenario, seed: seed, score: score, passed: passed,
    sopRevisions: sopRevisions,
    startedAt: startedAt, finishedAt: finishedAt, kind: kind)
}
