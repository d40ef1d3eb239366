/// One lint or validation finding, printed as compilers print theirs so editors and CI can
/// jump to it: `path:line:column: error|warning: message [rule-id]`.
public struct Finding: Sendable, Hashable, Codable {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// Blocks the file: lint exits 1.
    case error
    /// Worth fixing; lint still exits 0.
    case warning
  }

  /// The file, as the user named it.
  public var path: String
  /// 1-based line; 0 when the finding is about the whole file.
  public var line: Int
  /// 1-based column; 0 when unknown.
  public var column: Int
  /// Error or warning.
  public var severity: Severity
  /// What is wrong and what to do.
  public var message: String
  /// The rule that produced it, e.g. `front-matter-required`.
  public var rule: String

  /// Creates a finding.
  public init(
    path: String, line: Int, column: Int = 1, severity: Severity, message: String, rule: String
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.rule = rule
  }

  /// `path:line:column: severity: message [rule]`.
  public var formatted: String {
    "\(path):\(max(line, 1)):\(max(column, 1)): \(severity.rawValue): \(message) [\(rule)]"
  }
}

extension Array where Element == Finding {
  /// Whether any finding is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
