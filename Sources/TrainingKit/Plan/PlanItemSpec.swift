/// One item of a plan template: acknowledge an SOP, pass a scenario, or a trainer's sign-off.
public struct PlanItemSpec: Sendable, Hashable, Codable {
  /// What the trainee must do.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read and acknowledge the SOP's current revision (an e-signature).
    case acknowledge
    /// Pass a practice scenario at a minimum score, best of N attempts.
    case pass
    /// A trainer signs off with a note.
    case signOff = "sign_off"
  }

  /// Id unique within the plan, used by `requires` and on the command line.
  public var id: String
  /// The kind.
  public var kind: Kind
  /// The SOP to acknowledge (`acknowledge`).
  public var sopID: String?
  /// The scenario to pass (`pass`).
  public var scenarioID: String?
  /// Lowest passing score, 0-100 (`pass`).
  public var minScore: Double?
  /// Attempts allowed; the best counts (`pass`).
  public var attempts: Int?
  /// What the trainer checks (`sign_off`).
  public var text: String?
  /// Due offset in working days from the start date.
  public var due: Int
  /// Items that must be done first.
  public var requires: [String]
  /// Line in the template file, for findings.
  public var line: Int

  /// Creates an item.
  public init(
    id: String, kind: Kind, sopID: String? = nil, scenarioID: String? = nil, minScore: Double? = nil,
    attempts: Int? = nil, text: String? = nil, due: Int, requires: [String] = [], line: Int = 0
  ) {
    self.id = id
    self.kind = kind
    self.sopID = sopID
    self.scenarioID = scenarioID
    self.minScore = minScore
    self.attempts = attempts
    self.text = text
    self.due = due
    self.requires = requires
    self.line = line
  }

  /// A one-line description: `acknowledge COL-004`, `pass forgetful-payer (>= 75, best of 3)`.
  public var summary: String {
    switch kind {
    case .acknowledge: return "acknowledge \(sopID ?? "?")"
    case .pass:
      let score = minScore.map { " (>= \(ScoreText.format($0))" } ?? " ("
      let tries = attempts.map { ", best of \($0))" } ?? ")"
      return "pass \(scenarioID ?? "?")\(score)\(tries)"
    case .signOff: return "sign-off: \(text ?? "")"
    }
  }
}

/// Scores print without a trailing `.0`.
enum ScoreText {
  static func format(_ score: Double) -> String {
    score.rounded() == score ? String(Int(score)) : String(format: "%.1f", score)
  }
}
