/// How a trainee's plan stands, worst last.
public enum RiskLevel: String, Sendable, Hashable, Codable, Comparable {
  /// Nothing overdue, forecast on or before the due date, no warning signs.
  case onTrack = "on track"
  /// Forecast after the due date, low or falling scores, attempts used up, or a raised risk.
  case atRisk = "at risk"
  /// An item is overdue.
  case late

  var rank: Int {
    switch self {
    case .onTrack: 0
    case .atRisk: 1
    case .late: 2
    }
  }

  /// Orders by severity.
  public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}

/// One reason behind a risk level, from the rule that found it.
public struct RiskReason: Sendable, Hashable, Codable {
  /// The rule: `overdue`, `forecast-after-due`, `low-scores`, `falling-scores`,
  /// `attempts-used-up`, `raised`.
  public var rule: String
  /// The level this reason implies.
  public var level: RiskLevel
  /// What a manager reads.
  public var message: String

  /// Creates a reason.
  public init(rule: String, level: RiskLevel, message: String) {
    self.rule = rule
    self.level = level
    self.message = message
  }
}
