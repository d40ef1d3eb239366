import CaseSim
import Foundation
import TrainingKit

/// A live case as the workbench and the score page show it: its stored definition and the
/// simulation its commands rebuild.
public struct PracticeCase: Sendable {
  /// The stored definition (trainee, scenario, seed, kind, revisions, times, command count).
  public let live: LiveCase
  /// The scenario with the governing processes it is scored against.
  public let attempt: CaseAttempt
  /// The case after its commands.
  public let simulation: CaseSimulation
  /// The score, once the case is finished.
  public let report: ScoreReport?

  /// The case id.
  public var id: String { live.id }
  /// The seed.
  public var seed: UInt64 { live.seed }
  /// Guided or assessed.
  public var kind: AttemptKind { live.kind }
  /// Whether it was finished (and takes no more commands).
  public var isFinished: Bool { live.finishedAt != nil }

  init(_ entry: LiveCaseCache.Entry) {
    live = entry.live
    attempt = entry.attempt
    simulation = entry.simulation
    report = entry.report
  }
}

/// What finishing a case did.
public struct FinishedCase: Sendable {
  /// The case, finished, with its score; when `failure` is set, scored but not finished.
  public let practiceCase: PracticeCase
  /// The score.
  public let report: ScoreReport
  /// True for the one request that finished it; false when it was finished already.
  public let finishedNow: Bool
  /// Why the case could not be finished and its attempt recorded (a locked or full database,
  /// an assessed attempt whose items now wait): nothing was written; finishing again retries.
  public let failure: (any Error)?
}

/// Why a practice use case refused.
public enum PracticeError: Error, Sendable, Hashable {
  /// The case is finished: it takes no more commands.
  case finished(id: String)
  /// Other requests kept changing the case while this one tried to store its command.
  case busy(id: String)
  /// Durable cases are for users whose cases go on a training record (trainees).
  case notRecorded(user: String)
}

extension PracticeError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .finished(let id):
      return "case \(id) is finished and takes no more commands; its score stays on its score page"
    case .busy(let id):
      return "case \(id) was changed by other requests at the same moment; send the command again"
    case .notRecorded(let user):
      return
        "\(user) is not a trainee: practise in the terminal (academy practice) or ask for the trainee role"
    }
  }
}
