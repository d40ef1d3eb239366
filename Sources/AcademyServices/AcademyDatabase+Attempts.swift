import CaseSim
import CivilCalendar
import Foundation
import TrainingKit

extension AcademyDatabase {
  /// Whether `name`'s scored cases go on a training record: they hold the `trainee` role or
  /// have a plan.
  public func recordsAttempts(of name: String) throws -> Bool {
    try people.signer(named: name).holds("trainee") || training.hasPlan(name)
  }

  /// The processes an attempt recorded for a trainee is scored against: the store's revisions
  /// in force today, never a working copy (the files a practice run falls back on).
  public func processesInForce(for scenario: Scenario, sopsFolder: String) throws -> [GoverningProcess] {
    let processes = try GoverningSOPs(sopsFolder: sopsFolder, dataFolder: nil).processes(
      for: scenario, in: store, on: store.today)
    if let loose = processes.first(where: { $0.revision == GoverningProcess.workingCopy }) {
      throw TrainingError.notInForce(sopID: loose.sopID)
    }
    return processes
  }

  /// Records a scored case against `name` when that user is a trainee (holds the `trainee`
  /// role or has a plan); nil, touching nothing, otherwise. `kind` says whether the steps that
  /// apply were shown (guided) or hidden until the score (assessed); `actor` how the audit trail
  /// names who recorded it (the trainee, or the trainee through a token). Refused when a
  /// governing SOP was scored from its working copy rather than a revision in force, and (in
  /// the training store) when an assessed attempt's pass items all wait for prerequisites.
  @discardableResult
  public func recordAttemptIfTrainee(
    _ name: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String], startedAt: Date, finishedAt: Date, kind: AttemptKind,
    actor: String? = nil
  ) throws -> Attempt? {
    guard
      let attempt = try attemptToRecord(
        name, scenario: scenario, seed: seed, score: score, passed: passed, sopRevisions: sopRevisions,
        startedAt: startedAt, finishedAt: finishedAt, kind: kind)
    else { return nil }
    return try training.recordAttempt(attempt, actor: actor)
  }

  /// The attempt `recordAttemptIfTrainee` records, built once for it and for finishing a live
  /// case (which records it in the transaction that finishes the case); nil when `name`'s
  /// cases go on no record.
  func attemptToRecord(
    _ name: String, scenario: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String], startedAt: Date, finishedAt: Date, kind: AttemptKind
  ) throws -> Attempt? {
    guard try recordsAttempts(of: name) else { return nil }
    if let loose = sopRevisions.sorted(by: { $0.key < $1.key }).first(where: {
      $0.value == GoverningProcess.workingCopy
    }) {
      throw TrainingError.notInForce(sopID: loose.key)
    }
    return Attempt(
      trainee: name, scenarioID: scenario, seed: seed, score: score, passed: passed,
      sopRevisions: sopRevisions,
      startedAt: startedAt.utcTimestamp, finishedAt: finishedAt.utcTimestamp, kind: kind)
  }
}
