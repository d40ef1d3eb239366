import CaseSim
import Foundation

/// Keeps a scored case on the acting trainee's record (`case score` and `practice` run
/// `--as` a trainee); says so on standard error so the score output stays clean.
enum AttemptLog {
  static func record(
    _ report: ScoreReport, processes: [GoverningProcess], store: StoreOptions, startedAt: Date
  ) throws {
    guard store.actorName != nil else { return }
    let revisions = Dictionary(
      processes.map { ($0.sopID, $0.revision) }, uniquingKeysWith: { first, _ in first })
    let attempt = try recordAttemptIfTrainee(
      store: store, scenario: report.scenarioID, seed: report.seed, score: Double(report.score),
      passed: report.passed, sopRevisions: revisions, startedAt: startedAt, finishedAt: Date())
    if attempt != nil {
      FileHandle.standardError.write(
        Data("Recorded this attempt for \(store.actorName ?? "")'s training plan.\n".utf8))
    }
  }
}
