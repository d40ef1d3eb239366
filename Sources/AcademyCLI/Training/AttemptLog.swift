import CaseSim
import Foundation
import TrainingKit

/// Keeps a scored case on the acting trainee's record (`case score` and `practice` run
/// `--as` a trainee); says so on standard error so the score output stays clean.
enum AttemptLog {
  /// How the acting trainee's attempt at `scenario` counts: assessed when `marked` (a manager
  /// sits the trainee an assessed attempt) or when it counts for an open pass item of their plan.
  static func kind(scenario: String, store: StoreOptions, marked: Bool) throws -> AttemptKind {
    if marked { return .assessed }
    guard let name = store.actorName,
      FileManager.default.fileExists(atPath: "\(store.dataFolder)/academy.sqlite")
    else { return .guided }
    return try store.open().training.attemptKind(trainee: name, scenario: scenario)
  }

  static func record(
    _ report: ScoreReport, processes: [GoverningProcess], store: StoreOptions, startedAt: Date,
    kind: AttemptKind
  ) throws {
    guard store.actorName != nil else { return }
    let revisions = Dictionary(
      processes.map { ($0.sopID, $0.revision) }, uniquingKeysWith: { first, _ in first })
    let attempt = try recordAttemptIfTrainee(
      store: store, scenario: report.scenarioID, seed: report.seed, score: Double(report.score),
      passed: report.passed, sopRevisions: revisions, startedAt: startedAt, finishedAt: Date(), kind: kind)
    if attempt != nil {
      FileHandle.standardError.write(
        Data("Recorded this \(kind.rawValue) attempt for \(store.actorName ?? "")'s training plan.\n".utf8))
    }
  }
}
