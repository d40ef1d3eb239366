import CaseSim
import Foundation
import TrainingKit

/// How a case that goes on a trainee's record is worked: its kind and the revisions in force
/// that score it.
public struct CasePlan: Sendable {
  /// Assessed or guided.
  public let kind: AttemptKind
  /// The scenario with the pass mark the trainee is judged against (`Practice.judged`).
  public let scenario: Scenario
  /// The governing processes: the store's revisions in force today, never a working copy.
  public let processes: [GoverningProcess]

  /// The governing revisions' labels by SOP id, as the attempt records them.
  public var sopRevisions: [String: String] {
    Dictionary(processes.map { ($0.sopID, $0.revision) }, uniquingKeysWith: { first, _ in first })
  }
}

extension Practice {
  /// How `trainee` works `scenario` when their cases go on a record (they hold the `trainee`
  /// role or have a plan); nil when they do not (practice only). Assessed when `assessed` is
  /// asked (a manager sitting the trainee) or when the case counts for an open pass item of
  /// their plan; an assessed attempt is refused up front while its items wait for
  /// prerequisites, and an SOP with no revision in force is refused (it cannot be recorded).
  public func plan(trainee: String, scenario: Scenario, assessed: Bool) throws -> CasePlan? {
    guard try database.recordsAttempts(of: trainee) else { return nil }
    let kind =
      try assessed ? .assessed : database.training.attemptKind(trainee: trainee, scenario: scenario.id)
    if kind == .assessed {
      try database.training.checkAssessedAttempt(trainee: trainee, scenario: scenario.id)
    }
    return CasePlan(
      kind: kind, scenario: try judged(scenario, for: trainee),
      processes: try database.processesInForce(for: scenario, sopsFolder: content.sops))
  }

  /// `scenario` with the pass mark `trainee`'s case of it is judged against: the highest pass
  /// mark their plans' items set for it, else the scenario's own. One rule for the score page,
  /// the recorded attempt's `passed` and the plan item (a plan asking 80 of a scenario whose
  /// own mark is 70 must not show "passed" at 75).
  public func judged(_ scenario: Scenario, for trainee: String) throws -> Scenario {
    var judged = scenario
    let marks = try passItems(of: trainee).filter { $0.item.scenarioID == scenario.id }.compactMap(
      \.item.minScore)
    if let mark = marks.max() { judged.passMark = Int(mark.rounded(.up)) }
    return judged
  }

  /// Whether `name`'s scored cases go on a training record.
  public func isRecorded(_ name: String) throws -> Bool {
    try database.recordsAttempts(of: name)
  }

  /// Records a case scored outside the workbench (`academy practice`, `case score`) under
  /// `plan`: the same rule as finishing a live case. `actor` names who recorded it in the
  /// audit trail (the trainee through a token). Nil when the trainee's cases go on no record.
  @discardableResult
  public func record(
    _ report: ScoreReport, plan: CasePlan, trainee: String, startedAt: Date, actor: String? = nil
  ) throws -> Attempt? {
    guard
      let attempt = try attemptToRecord(
        report, trainee: trainee, kind: plan.kind, sopRevisions: plan.sopRevisions, startedAt: startedAt,
        finishedAt: now)
    else { return nil }
    return try database.training.recordAttempt(attempt, actor: actor)
  }

  /// `trainee`'s recorded attempts, oldest first.
  public func attempts(of trainee: String) throws -> [Attempt] {
    try database.training.attempts(trainee: trainee)
  }

  /// The pass items of `trainee`'s plans, with their progress (what each scenario counts for).
  public func passItems(of trainee: String) throws -> [ItemProgress] {
    try database.training.progress(trainee: trainee).flatMap(\.items).filter { $0.item.kind == .pass }
  }

  /// The attempt a scored case puts on `trainee`'s record; nil when their cases go on none.
  /// Refused when a governing SOP was scored from its working copy rather than a revision in force.
  func attemptToRecord(
    _ report: ScoreReport, trainee: String, kind: AttemptKind, sopRevisions: [String: String],
    startedAt: Date, finishedAt: Date
  ) throws -> Attempt? {
    try database.attemptToRecord(
      trainee, scenario: report.scenarioID, seed: report.seed, score: Double(report.score),
      passed: report.passed, sopRevisions: sopRevisions, startedAt: startedAt, finishedAt: finishedAt,
      kind: kind)
  }
}
