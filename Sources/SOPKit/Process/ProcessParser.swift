import Yams

/// Reads a `process` block's YAML into a `ProcessSpec`, recording every problem with its file
/// line instead of stopping at the first. Cross-step checks (references, cycles, sections)
/// are `ProcessValidator`'s, fed with the positions collected here.
struct ProcessParser {
  /// Top-level keys the format defines.
  static let topLevelKeys = [
    "steps", "promise_tolerance_days", "escalate_disputes_after_days", "dunning_min_gap_days", "pass_mark",
    "plan_first_instalment_min_percent", "plan_first_instalment_within_days", "plan_max_months",
  ]
  /// Step keys the format defines.
  static let stepKeys = [
    "id", "title", "action", "kind", "after", "when", "unless", "within", "not_before", "language",
    "requires", "expect", "values", "critical", "weight", "section",
  ]

  /// A reference to check once every step is known.
  struct Reference: Sendable, Hashable {
    /// The step holding the reference.
    var from: String
    /// The step id referred to.
    var to: String
    /// Whether it comes from `after` (ordering, checked for cycles) or from `step:ID`.
    var isOrdering: Bool
    /// Where it is written.
    var position: SourcePosition
  }

  /// A step's `section`, checked against the document's headings.
  struct SectionReference: Sendable, Hashable {
    /// The anchor named.
    var anchor: String
    /// Where it is written.
    var position: SourcePosition
  }

  /// What parsing found.
  struct Result: Sendable {
    /// The steps that could be read (nil when the YAML itself is unusable).
    var spec: ProcessSpec?
    /// Every step id declared, including steps dropped for errors, so references to them
    /// are not reported twice.
    var declaredIDs: Set<String> = []
    /// References between steps.
    var references: [Reference] = []
    /// `section` values with their positions.
    var sections: [SectionReference] = []
    /// Whether some step counts from or depends on `dispute_overdue`, and where.
    var disputeOverdueUse: SourcePosition?
    /// Whether some step checks `instalments: {within: plan_limits}`, and where.
    var planLimitsUse: SourcePosition?
    /// Problems found.
    var problems: [ProcessProblem] = []
  }

  let yaml: EmbeddedYAML
  var result = Result()

  /// Parses the literal of a fenced block whose fence is at `fence`.
  static func parse(_ literal: String, fence: SourcePosition) -> Result {
    var parser = ProcessParser(
      yaml: EmbeddedYAML(firstLine: fence.line + 1, columnOffset: max(fence.column - 1, 0)))
    parser.read(literal, fence: fence)
    return parser.result
  }

  mutating func report(_ kind: ProcessProblem.Kind, at position: SourcePosition) {
    result.problems.append(ProcessProblem(kind: kind, position: position))
  }

  mutating func report(_ kind: ProcessProblem.Kind, at node: Node) {
    report(kind, at: yaml.position(of: node))
  }

  private mutating func read(_ literal: String, fence: SourcePosition) {
    let root: Node?
    do {
      root = try yaml.compose(literal)
    } catch {
      report(.syntax(error.problem), at: SourcePosition(line: error.line, column: error.column))
      return
    }
    guard let root, let mapping = root.mapping else {
      report(.notAMapping, at: root.map { yaml.position(of: $0) } ?? fence)
      return
    }
    var settings = ProcessSettings()
    var steps: [ProcessStep] = []
    var sawSteps = false
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "steps":
        sawSteps = true
        steps = readSteps(value)
      case "promise_tolerance_days":
        settings.promiseToleranceDays =
          integer(value, key: key, range: 0...365) ?? settings.promiseToleranceDays
      case "escalate_disputes_after_days":
        settings.escalateDisputesAfterDays = integer(value, key: key, range: 0...365)
      case "dunning_min_gap_days":
        settings.dunningMinGapDays = integer(value, key: key, range: 0...365) ?? settings.dunningMinGapDays
      case "pass_mark":
        settings.passMark = integer(value, key: key, range: 0...100)
      case "plan_first_instalment_min_percent":
        settings.planFirstInstalmentMinPercent = integer(value, key: key, range: 0...100)
      case "plan_first_instalment_within_days":
        settings.planFirstInstalmentWithinDays = integer(value, key: key, range: 0...365)
      case "plan_max_months":
        settings.planMaxMonths = integer(value, key: key, range: 1...120)
      default:
        report(
          .unknownKey(key, suggestion: NameSuggestion.nearest(to: key, in: Self.topLevelKeys)), at: keyNode)
      }
    }
    if !sawSteps { report(.missingSteps, at: fence) }
    if let use = result.planLimitsUse, settings.planMaxMonths == nil,
      settings.planFirstInstalmentMinPercent == nil, settings.planFirstInstalmentWithinDays == nil
    {
      report(.planLimitsWithoutSettings, at: use)
    }
    if let use = result.disputeOverdueUse, settings.escalateDisputesAfterDays == nil {
      report(.disputeOverdueWithoutSetting, at: use)
    }
    result.spec = ProcessSpec(steps: steps, settings: settings, line: fence.line)
  }

  private mutating func readSteps(_ node: Node) -> [ProcessStep] {
    guard let sequence = node.sequence else {
      report(.wrongType(key: "steps", expected: "a list of steps, each starting with `- id:`"), at: node)
      return []
    }
    if sequence.isEmpty { report(.emptySteps, at: node) }
    var steps: [ProcessStep] = []
    var firstLines: [String: Int] = [:]
    for item in sequence {
      guard let step = readStep(item) else { continue }
      if let first = firstLines[step.id] {
        report(.duplicateStepID(step.id, first: first), at: SourcePosition(line: step.line, column: 1))
        continue
      }
      firstLines[step.id] = step.line
      steps.append(step)
    }
    return steps
  }

  mutating func integer(_ node: Node, key: String, range: ClosedRange<Int>) -> Int? {
    guard EmbeddedYAML.isInteger(node), let value = node.int else {
      report(.wrongType(key: key, expected: "a whole number"), at: node)
      return nil
    }
    guard range.contains(value) else {
      report(.outOfRange(key: key, value: value, range: range), at: node)
      return nil
    }
    return value
  }

  /// A scalar, or a list of scalars (`action: call` and `action: [call, email]` both work).
  mutating func scalars(_ node: Node, key: String) -> [(String, Node)]? {
    if let scalar = node.scalar { return [(scalar.string, node)] }
    guard let sequence = node.sequence else {
      report(.wrongType(key: key, expected: "a value or a list of values"), at: node)
      return nil
    }
    var values: [(String, Node)] = []
    for item in sequence {
      guard let scalar = item.scalar else {
        report(.wrongType(key: key, expected: "a list of plain values"), at: item)
        return nil
      }
      values.append((scalar.string, item))
    }
    return values
  }
}
