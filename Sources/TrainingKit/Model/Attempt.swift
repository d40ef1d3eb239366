import CivilCalendar

/// How a practice case was worked (`docs/training.md#assessed-and-guided-practice`).
public enum AttemptKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Open book: the steps that apply were shown during the case. Never satisfies a pass item.
  case guided
  /// The steps that apply stayed hidden until the score (the SOP library stayed open): an
  /// attempt that counts for a plan item, or one a manager marked as assessed.
  case assessed
}

/// One scored practice case of a trainee, as reported by `case score` or `practice`.
public struct Attempt: Sendable, Hashable, Codable {
  /// Row id.
  public var id: Int64?
  /// The trainee's user name.
  public var trainee: String
  /// The scenario.
  public var scenarioID: String
  /// The generator seed, in decimal (a `UInt64` does not fit SQLite's integer).
  public var seed: String
  /// Process score 0-100.
  public var score: Double
  /// Whether the scorer judged it passed (at the scenario's pass mark).
  public var passed: Bool
  /// Revision labels of the governing SOPs in force when scored, by SOP id.
  public var sopRevisions: [String: String]
  /// When the case started (UTC timestamp).
  public var startedAt: String
  /// When it was scored (UTC timestamp).
  public var finishedAt: String
  /// Guided or assessed; only assessed attempts satisfy a pass item.
  public var kind: AttemptKind

  /// Creates an attempt.
  public init(
    id: Int64? = nil, trainee: String, scenarioID: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String], startedAt: String, finishedAt: String, kind: AttemptKind = .assessed
  ) {
    self.id = id
    self.trainee = trainee
    self.scenarioID = scenarioID
    self.seed = String(seed)
    self.score = score
    self.passed = passed
    self.sopRevisions = sopRevisions
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.kind = kind
  }

  /// The UTC day it finished.
  public var day: CivilDate? { CivilDate(dayOf: finishedAt) }

  /// Whether it counts toward the pass item `item` from `since` on: assessed (a guided one was
  /// worked with the steps in view), at the item's scenario, finished on or after `since`.
  public func counts(toward item: TrainingItem, since: CivilDate?) -> Bool {
    kind == .assessed && scenarioID == item.scenarioID && finished(onOrAfter: since)
  }

  /// Whether it satisfies `item`: the scorer passed it (a critical breach fails it whatever its
  /// points) and it reached the item's mark.
  public func reaches(_ item: TrainingItem) -> Bool {
    passed && score >= (item.minScore ?? 0)
  }

  /// Whether it finished on or after `since` (always, when `since` is nil).
  public func finished(onOrAfter since: CivilDate?) -> Bool {
    guard let since else { return true }
    return day.map { $0 >= since } ?? false
  }

  enum CodingKeys: String, CodingKey {
    case id, trainee
    case scenarioID = "scenario_id"
    case seed, score, passed
    case sopRevisions = "sop_revisions"
    case startedAt = "started_at"
    case finishedAt = "finished_at"
    case kind
  }
}
