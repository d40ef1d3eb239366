/// One step of an SOP's standard process: the checklist line people read and the rubric
/// item the case simulator scores (`docs/sop-format.md`, "Step keys").
public struct ProcessStep: Sendable, Hashable, Codable {
  /// How a step is scored.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Must be done when it applies.
    case required
    /// Scored only if done.
    case optional
    /// Doing the action while `when` holds is a violation.
    case forbidden
  }

  /// Which language the action must be taken in.
  public enum LanguageRule: String, Sendable, Hashable, Codable {
    /// The customer's language (the action's `language` parameter).
    case customer
  }

  /// Stable id, `[a-z0-9-]+`, unique in the SOP.
  public var id: String
  /// The checklist text.
  public var title: String
  /// Actions that satisfy the step (any of them).
  public var actions: [ProcessAction]
  /// Required, optional or forbidden.
  public var kind: Kind
  /// Steps that must be done before this one.
  public var after: [String]
  /// The step applies only when all of these hold.
  public var when: [ProcessCondition]
  /// The step does not apply while any of these hold.
  public var unless: [ProcessCondition]
  /// Deadline.
  public var within: ProcessDeadline?
  /// Earliest moment.
  public var notBefore: ProcessDeadline?
  /// Language the action must be taken in.
  public var language: LanguageRule?
  /// Parameters the action must carry.
  public var requires: [String]
  /// Parameter values the action must have, compared as text.
  public var expect: [String: String]
  /// Figures a correct action must match, checked against the case (`values:`).
  public var values: [ValueRule]
  /// A legal or compliance step: breaching it fails the attempt whatever the points
  /// (a forbidden action taken, or a required step missed or done with wrong values).
  public var critical: Bool
  /// Share of the score, 1-10.
  public var weight: Int
  /// Anchor of the section that explains the step.
  public var section: String
  /// File line where the step starts.
  public var line: Int

  /// Creates a step; defaults follow the format (required, weight 1).
  public init(
    id: String, title: String, actions: [ProcessAction], kind: Kind = .required, after: [String] = [],
    when: [ProcessCondition] = [], unless: [ProcessCondition] = [], within: ProcessDeadline? = nil,
    notBefore: ProcessDeadline? = nil, language: LanguageRule? = nil, requires: [String] = [],
    expect: [String: String] = [:], values: [ValueRule] = [], critical: Bool = false, weight: Int = 1,
    section: String, line: Int = 0
  ) {
    self.id = id
    self.title = title
    self.actions = actions
    self.kind = kind
    self.after = after
    self.when = when
    self.unless = unless
    self.within = within
    self.notBefore = notBefore
    self.language = language
    self.requires = requires
    self.expect = expect
    self.values = values
    self.critical = critical
    self.weight = weight
    self.section = section
    self.line = line
  }

  /// Whether `id` is a well-formed step id (`[a-z0-9-]+`).
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
  }

  enum CodingKeys: String, CodingKey {
    case id, title, actions, kind, after, when, unless, within
    case notBefore = "not_before"
    case language, requires, expect, values, critical, weight, section, line
  }
}

/// "At most / at least N calendar days after EVENT" (`{days: N, of: EVENT}`).
public struct ProcessDeadline: Sendable, Hashable, Codable {
  /// Calendar days, 0 meaning the same day.
  public var days: Int
  /// The event the days count from.
  public var of: ProcessEvent

  /// Creates a deadline.
  public init(days: Int, of event: ProcessEvent) {
    self.days = days
    self.of = event
  }
}
