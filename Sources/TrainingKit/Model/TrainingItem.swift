import CivilCalendar

/// One item of an assigned plan: copied from the template at assignment (so later edits of
/// the template do not move a running plan), or created by retraining.
public struct TrainingItem: Sendable, Hashable, Codable {
  /// Where the item came from.
  public enum Origin: String, Sendable, Hashable, Codable {
    /// The template.
    case plan
    /// A procedural revision that took effect after the plan was assigned.
    case retraining
  }

  /// Row id: the number trainees and managers use on the command line.
  public var id: Int64?
  /// The assignment.
  public var assignmentID: Int64
  /// Order within the plan.
  public var position: Int
  /// Unique key within the assignment (template item id, or `retrain-...`).
  public var key: String
  /// What must be done.
  public var kind: PlanItemSpec.Kind
  /// Template or retraining.
  public var origin: Origin
  /// SOP to acknowledge.
  public var sopID: String?
  /// Scenario to pass.
  public var scenarioID: String?
  /// Lowest passing score.
  public var minScore: Double?
  /// Attempts allowed.
  public var attempts: Int?
  /// Sign-off text, or why a retraining item exists.
  public var text: String?
  /// Due day.
  public var dueOn: CivilDate
  /// Keys of prerequisite items.
  public var requires: [String]
  /// For a scenario: its governing SOPs when assigned.
  public var governingSOPs: [String]
  /// Retraining: only attempts finished on or after this day count.
  public var sinceDay: CivilDate?
  /// Retraining: an acknowledgement of this revision sequence or later is needed.
  public var sinceSequence: Int?
  /// Sign-off: who signed.
  public var signedBy: String?
  /// Sign-off: when (UTC timestamp).
  public var signedAt: String?
  /// Sign-off: the trainer's note.
  public var note: String?

  /// Creates an item.
  public init(
    id: Int64? = nil, assignmentID: Int64, position: Int, key: String, kind: PlanItemSpec.Kind,
    origin: Origin = .plan, sopID: String? = nil, scenarioID: String? = nil, minScore: Double? = nil,
    attempts: Int? = nil, text: String? = nil, dueOn: CivilDate, requires: [String] = [],
    governingSOPs: [String] = [], sinceDay: CivilDate? = nil, sinceSequence: Int? = nil
  ) {
    self.id = id
    self.assignmentID = assignmentID
    self.position = position
    self.key = key
    self.kind = kind
    self.origin = origin
    self.sopID = sopID
    self.scenarioID = scenarioID
    self.minScore = minScore
    self.attempts = attempts
    self.text = text
    self.dueOn = dueOn
    self.requires = requires
    self.governingSOPs = governingSOPs
    self.sinceDay = sinceDay
    self.sinceSequence = sinceSequence
  }

  /// A one-line description.
  public var summary: String {
    let base: String
    switch kind {
    case .acknowledge: base = "acknowledge \(sopID ?? "?")"
    case .pass:
      let score = minScore.map { ScoreText.format($0) } ?? "?"
      base = "pass \(scenarioID ?? "?") (>= \(score), best of \(attempts.map(String.init) ?? "any"))"
    case .signOff: base = "sign-off: \(text ?? "")"
    }
    guard origin == .retraining else { return base }
    return "re-\(base) [\(text ?? "retraining")]"
  }

  enum CodingKeys: String, CodingKey {
    case id
    case assignmentID = "assignment_id"
    case position, key, kind, origin
    case sopID = "sop_id"
    case scenarioID = "scenario_id"
    case minScore = "min_score"
    case attempts, text
    case dueOn = "due_on"
    case requires
    case governingSOPs = "governing_sops"
    case sinceDay = "since_day"
    case sinceSequence = "since_sequence"
    case signedBy = "signed_by"
    case signedAt = "signed_at"
    case note
  }
}
