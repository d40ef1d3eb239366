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

  /// Creates an attempt.
  public init(
    id: Int64? = nil, trainee: String, scenarioID: String, seed: UInt64, score: Double, passed: Bool,
    sopRevisions: [String: String], startedAt: String, finishedAt: String
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
  }

  /// The UTC day it finished.
  public var day: String { String(finishedAt.prefix(10)) }

  enum CodingKeys: String, CodingKey {
    case id, trainee
    case scenarioID = "scenario_id"
    case seed, score, passed
    case sopRevisions = "sop_revisions"
    case startedAt = "started_at"
    case finishedAt = "finished_at"
  }
}
