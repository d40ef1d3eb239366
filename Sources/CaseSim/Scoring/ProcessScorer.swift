import SOPKit

/// Replays a recorded attempt against the process blocks of the governing SOP revisions and
/// gives each step a verdict, the findings and a 0-100 score (`docs/scoring.md`).
public struct ProcessScorer: Sendable {
  /// The governing revisions.
  public let processes: [GoverningProcess]

  /// Every process's steps, one process after the other: the expectation text, section link
  /// and masks, compiled once here rather than for every attempt scored.
  let rubric: [StepWording]

  /// Creates a scorer.
  public init(processes: [GoverningProcess]) {
    self.processes = processes
    var rubric: [StepWording] = []
    for process in processes {
      let offset = rubric.count
      rubric += process.spec.steps.enumerated().map {
        StepWording(step: $1, position: offset + $0, offset: offset, process: process)
      }
    }
    self.rubric = rubric
  }

  /// Scores `record`; `passMark` is the scenario's.
  public func score(_ record: CaseRecord, passMark: Int) -> ScoreReport {
    let timeline = ScoringTimeline(record)
    var judge = StepJudge(rubric: rubric, timeline: timeline)
    var results: [StepResult] = []
    results.reserveCapacity(rubric.count)
    for position in rubric.indices {
      results.append(judge.result(at: position))
    }
    var possible = 0.0
    var earned = 0.0
    for result in results where result.counted {
      possible += Double(result.weight)
      earned += result.earned
    }
    let score = possible > 0 ? Int((100 * earned / possible).rounded()) : 100
    return ScoreReport(
      scenarioID: record.scenarioID, seed: record.seed, score: score, passMark: passMark, results: results,
      outcome: record.outcome, record: record)
  }
}

/// A scored attempt.
public struct ScoreReport: Sendable, Hashable {
  /// Scenario id.
  public var scenarioID: String
  /// Seed.
  public var seed: UInt64
  /// Process score 0-100.
  public var score: Int
  /// Pass mark.
  public var passMark: Int
  /// Every step's verdict, SOP by SOP.
  public var results: [StepResult]
  /// Outcome figures.
  public var outcome: CaseOutcome
  /// The attempt.
  public var record: CaseRecord

  /// Whether the attempt passes: the score reaches the pass mark and no critical step was
  /// breached (a breach fails the attempt whatever the points, as QA scorecards do).
  public var passed: Bool { score >= passMark && !results.contains(where: \.isCriticalBreach) }
  /// Critical steps breached, SOP by SOP.
  public var criticalBreaches: [StepResult] { results.filter(\.isCriticalBreach) }
  /// Verdicts that cost points.
  public var findings: [StepResult] { results.filter(\.isFinding) }
}
