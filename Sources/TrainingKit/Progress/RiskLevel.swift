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
  /// What a manager reads, in English (the CLI and the reports).
  public var message: String
  /// The figures the message is made of, in order, so another language words the same
  /// reason from its own template (the web's `risk_reason_<rule>`); not encoded.
  public var arguments: [String]

  /// Creates a reason.
  public init(rule: String, level: RiskLevel, message: String, arguments: [String] = []) {
    self.rule = rule
    self.level = level
    self.message = message
    self.arguments = arguments
  }

  enum CodingKeys: String, CodingKey {
    case rule, level, message
  }

  /// Decodes a reason without its arguments.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try container.decode(String.self, forKey: .rule),
      level: try container.decode(RiskLevel.self, forKey: .level),
      message: try container.decode(String.self, forKey: .message))
  }
}
