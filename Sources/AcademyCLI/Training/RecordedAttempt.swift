import AcademyServices
import CaseSim
import Foundation
import SOPKit
import TrainingKit

/// A case that goes on the acting trainee's record (`case score` and `practice` run `--as` a
/// trainee): the trainee proven (password or token), then the rules of the web workbench
/// (`Practice.plan`): the store's revisions in force as the rubric, never the working-copy
/// files, and an assessed attempt refused up front while its plan items wait for
/// prerequisites. Says so on standard error so the score output stays clean.
struct RecordedAttempt {
  let practice: Practice
  let trainee: Signer
  /// How the case is worked: its kind and the revisions in force that score it.
  let plan: CasePlan

  /// Assessed when marked (a manager sits the trainee an assessed attempt) or when it counts
  /// for an open pass item of their plan; guided otherwise.
  var kind: AttemptKind { plan.kind }
  /// The revisions in force today that score it.
  var processes: [GoverningProcess] { plan.processes }
  /// The scenario with the pass mark the trainee's plan judges it by.
  var scenario: Scenario { plan.scenario }

  /// The recorded attempt `store` asks for; nil for practice only (no `--as`, no database in
  /// the data folder, or a user who is not a trainee), which scores as before.
  static func begin(
    _ scenario: Scenario, sops: String, store: StoreOptions, marked: Bool, command: String
  ) throws -> RecordedAttempt? {
    guard let name = store.actorName,
      FileManager.default.fileExists(atPath: "\(store.dataFolder)/academy.sqlite")
    else { return nil }
    let database = try store.open()
    let practice = database.practice.using(ContentFolders(sops: sops))
    guard try practice.isRecorded(name) else { return nil }
    let trainee = try store.provenActor(in: database, for: command)
    guard let plan = try practice.plan(trainee: name, scenario: scenario, assessed: marked) else {
      return nil
    }
    return RecordedAttempt(practice: practice, trainee: trainee, plan: plan)
  }

  func record(_ report: ScoreReport, startedAt: Date) throws {
    let attempt = try practice.record(
      report, plan: plan, trainee: trainee.userName, startedAt: startedAt, actor: trainee.auditName)
    if attempt != nil {
      FileHandle.standardError.write(
        Data("Recorded this \(kind.rawValue) attempt for \(trainee.userName)'s training plan.\n".utf8))
    }
  }
}
