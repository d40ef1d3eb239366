import AcademyServices
import CaseSim
import Foundation
import SOPKit
import TrainingKit

/// A case that goes on the acting trainee's record (`case score` and `practice` run `--as` a
/// trainee): the trainee proven (password or token), the store's revisions in force as the
/// rubric, never the working-copy files, and an assessed attempt refused up front while its
/// plan items wait for prerequisites. Says so on standard error so the score output stays clean.
struct RecordedAttempt {
  let database: AcademyDatabase
  let trainee: Signer
  /// Assessed when marked (a manager sits the trainee an assessed attempt) or when it counts
  /// for an open pass item of their plan; guided otherwise.
  let kind: AttemptKind
  /// The revisions in force today that score it.
  let processes: [GoverningProcess]

  /// The recorded attempt `store` asks for; nil for practice only (no `--as`, no database in
  /// the data folder, or a user who is not a trainee), which scores as before.
  static func begin(
    _ scenario: Scenario, sops: String, store: StoreOptions, marked: Bool, command: String
  ) throws -> RecordedAttempt? {
    guard let name = store.actorName,
      FileManager.default.fileExists(atPath: "\(store.dataFolder)/academy.sqlite")
    else { return nil }
    let database = try store.open()
    guard try database.recordsAttempts(of: name) else { return nil }
    let trainee = try store.provenActor(in: database, for: command)
    let kind = try marked ? .assessed : database.training.attemptKind(trainee: name, scenario: scenario.id)
    if kind == .assessed { try database.training.checkAssessedAttempt(trainee: name, scenario: scenario.id) }
    let processes = try database.processesInForce(for: scenario, sopsFolder: sops)
    return RecordedAttempt(database: database, trainee: trainee, kind: kind, processes: processes)
  }

  func record(_ report: ScoreReport, startedAt: Date) throws {
    let revisions = Dictionary(
      processes.map { ($0.sopID, $0.revision) }, uniquingKeysWith: { first, _ in first })
    let attempt = try database.recordAttemptIfTrainee(
      trainee.userName, scenario: report.scenarioID, seed: report.seed, score: Double(report.score),
      passed: report.passed, sopRevisions: revisions, startedAt: startedAt, finishedAt: Date(), kind: kind,
      actor: trainee.auditName)
    if attempt != nil {
      FileHandle.standardError.write(
        Data("Recorded this \(kind.rawValue) attempt for \(trainee.userName)'s training plan.\n".utf8))
    }
  }
}
