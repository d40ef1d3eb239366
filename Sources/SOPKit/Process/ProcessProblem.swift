/// Something wrong in a `process` block, found while parsing or validating it.
/// `ProcessRule` turns each into a finding and declares the messages.
struct ProcessProblem: Sendable, Hashable {
  /// What is wrong.
  enum Kind: Sendable, Hashable {
    /// A second `process` block; `first` is the line of the first.
    case duplicateBlock(first: Int)
    /// The YAML does not parse.
    case syntax(String)
    /// The block is not `key: value` lines.
    case notAMapping
    /// `steps` is absent.
    case missingSteps
    /// `steps` is an empty list.
    case emptySteps
    /// A value has the wrong shape; `key` is the YAML key (`within`, `steps`...).
    case wrongType(key: String, expected: String)
    /// A step lacks a required key; `step` is its id when known.
    case missingKey(step: String?, key: String)
    /// A step id is not `[a-z0-9-]+`.
    case invalidStepID(String)
    /// A step id is used twice; `first` is the first use's line.
    case duplicateStepID(String, first: Int)
    /// An action outside the vocabulary.
    case unknownAction(String, suggestion: String?)
    /// `kind` other than required/optional/forbidden.
    case unknownKind(String)
    /// A condition outside the vocabulary.
    case unknownCondition(String, suggestion: String?)
    /// An event outside the vocabulary.
    case unknownEvent(String, suggestion: String?)
    /// `after` or `step:ID` names no step of this SOP.
    case unknownStep(String, suggestion: String?)
    /// A step lists itself in `after` or counts from its own `step:ID`.
    case selfReference(String)
    /// The `after` graph loops; the ids in loop order.
    case cycle([String])
    /// `days` below zero.
    case negativeDays(key: String, days: Int)
    /// `language` other than `customer`.
    case unknownLanguageRule(String)
    /// `language: customer` on a step none of whose actions has a language.
    case languageWithoutParameter(step: String)
    /// `requires` or `expect` names a parameter some of the step's actions do not take.
    case unknownParameter(String, actions: [String])
    /// `section` names no heading of this SOP.
    case unknownSection(String, suggestion: String?)
    /// An integer outside its range.
    case outOfRange(key: String, value: Int, range: ClosedRange<Int>)
    /// A forbidden step with a `within` deadline.
    case forbiddenWithDeadline(step: String)
    /// A key the format does not define.
    case unknownKey(String, suggestion: String?)
    /// A `values` key that is not a subject (`amount`, `invoices`, `promised_date`, `date`,
    /// `instalments`).
    case unknownValueSubject(String, suggestion: String?)
    /// A figure name outside the vocabulary of its test.
    case unknownFigure(String, suggestion: String?)
    /// A test the subject does not take (`invoices: {equals: ...}`).
    case valueTestNotForSubject(subject: String, test: String)
    /// `within: plan_limits` with none of the `plan_*` settings.
    case planLimitsWithoutSettings
    /// `dispute_overdue` used without `escalate_disputes_after_days`: it would never happen.
    case disputeOverdueWithoutSetting
  }

  /// What is wrong.
  var kind: Kind
  /// Where (file position).
  var position: SourcePosition
}
