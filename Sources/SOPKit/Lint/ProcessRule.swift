/// `process`: the ```` ```process ```` block follows the schema and vocabulary of
/// `docs/sop-format.md`. The problems are found by `ProcessParser` and `ProcessValidator`;
/// this rule words them.
struct ProcessRule: DocumentRule {
  static let id = "process"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    document.processProblems.map { problem in
      finding(
        document, line: problem.position.line, column: problem.position.column,
        ProcessRule.severity(of: problem.kind), ProcessRule.message(for: problem.kind))
    }
  }

  /// A `dispute_overdue` that can never happen is a warning; everything else breaks scoring.
  static func severity(of kind: ProcessProblem.Kind) -> Finding.Severity {
    if case .disputeOverdueWithoutSetting = kind { return .warning }
    return .error
  }

  static func message(for kind: ProcessProblem.Kind) -> String {
    switch kind {
    case .duplicateBlock(let first):
      return "second process block (the first is on line \(first)); an SOP has one process, merge the steps"
    case .syntax(let problem):
      return "process block is not valid YAML: \(problem)"
    case .notAMapping:
      return "process block must be 'key: value' lines with a 'steps:' list"
    case .missingSteps:
      return "process block has no 'steps'; add 'steps:' with at least one step"
    case .emptySteps:
      return "process block has an empty 'steps' list; add at least one step"
    case .wrongType(let key, let expected):
      return "'\(key)' must be \(expected)"
    case .missingKey(let step, let key):
      return "step \(step.map { "'\($0)'" } ?? "without id") is missing '\(key)'"
    case .invalidStepID(let id):
      return "step id '\(id)' is not valid; use lower-case letters, digits and '-'"
    case .duplicateStepID(let id, let first):
      return "step id '\(id)' is already used on line \(first); give each step its own id"
    case .unknownAction(let name, let suggestion):
      return "unknown action '\(name)'"
        + hint(suggestion, otherwise: "see the action table in docs/sop-format.md")
    case .unknownKind(let name):
      return "unknown kind '\(name)'; use required, optional or forbidden"
    case .unknownCondition(let name, let suggestion):
      return "unknown condition '\(name)'"
        + hint(suggestion, otherwise: "see the condition table in docs/sop-format.md")
    case .unknownEvent(let name, let suggestion):
      return "unknown event '\(name)'"
        + hint(suggestion, otherwise: "see the event table in docs/sop-format.md")
    case .unknownStep(let id, let suggestion):
      return "no step '\(id)' in this process" + hint(suggestion, otherwise: "check the step id")
    case .selfReference(let id):
      return "step '\(id)' refers to itself; remove the reference"
    case .cycle(let ids):
      return "steps wait for each other in a loop: \(ids.joined(separator: " -> ")); remove one 'after'"
    case .negativeDays(let key, let days):
      return "'\(key)' has days: \(days); days count forward from the event, use 0 or more"
    case .unknownLanguageRule(let value):
      return "language '\(value)' is not supported; use 'language: customer' or leave it out"
    case .languageWithoutParameter(let step):
      return "step '\(step)' has 'language: customer' but none of its actions is taken in a language"
    case .unknownParameter(let parameter, let actions):
      return
        "parameter '\(parameter)' is not taken by every action of the step (\(actions.joined(separator: ", ")))"
    case .unknownSection(let anchor, let suggestion):
      return "section '\(anchor)' is not a heading anchor of this SOP"
        + hint(suggestion, otherwise: "add the heading or fix the anchor")
    case .outOfRange(let key, let value, let range):
      return "'\(key)' is \(value); use a number from \(range.lowerBound) to \(range.upperBound)"
    case .forbiddenWithDeadline(let step):
      return "forbidden step '\(step)' has a 'within' deadline; a forbidden action has no deadline, remove it"
    case .unknownKey(let key, let suggestion):
      return "unknown process key '\(key)'" + hint(suggestion, otherwise: "see docs/sop-format.md")
    case .unknownValueSubject(let name, let suggestion):
      return "'values' cannot check '\(name)'"
        + hint(suggestion, otherwise: "use amount, invoices, promised_date, date or instalments")
    case .unknownFigure(let name, let suggestion):
      return "unknown case figure '\(name)'"
        + hint(suggestion, otherwise: "see the value rules in docs/sop-format.md")
    case .valueTestNotForSubject(let subject, let test):
      return "'\(subject)' cannot be checked with '\(test)'; see the value rules in docs/sop-format.md"
    case .planLimitsWithoutSettings:
      return
        "'within: plan_limits' needs plan_first_instalment_min_percent, plan_first_instalment_within_days or plan_max_months at the top of the block"
    case .disputeOverdueWithoutSetting:
      return
        "'dispute_overdue' never happens without 'escalate_disputes_after_days'; set it at the top of the block"
    }
  }

  private static func hint(_ suggestion: String?, otherwise: String) -> String {
    if let suggestion { return "; did you mean '\(suggestion)'?" }
    return "; \(otherwise)"
  }
}
