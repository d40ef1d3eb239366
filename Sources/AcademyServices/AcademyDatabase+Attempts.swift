import Foundation
import TrainingKit

extension AcademyDatabase {
  /// Records a scored case against `name` when that user is a trainee (holds the `trainee`
  /// role or has a plan); nil, touching nothing, otherwise. `kind` says whether the steps that
  /// apply were shown (guided) or hidden until the score (assessed).
  @discardableResult
  public func recordAttemptIfTrainee(
    _ name: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String], startedAt: Date, finishedAt: Date, kind: AttemptKind
  ) throws -> Attempt? {
    let signer = try people.signer(named: name)
    guard try signer.holds("trainee") || training.hasPlan(name) else { return nil }
    return try training.recordAttempt(
      trainee: name, scenario: scenario, seed: seed, score: score, passed: passed, sopRevisions: sopRevisions,
      startedAt: startedAt, finishedAt: finishedAt, kind: kind)
  }
}
