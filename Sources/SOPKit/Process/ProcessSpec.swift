/// The standard process of an SOP, read from its ```` ```process ```` block.
public struct ProcessSpec: Sendable, Hashable, Codable {
  /// Steps in the order the SOP describes them.
  public var steps: [ProcessStep]
  /// Top-level settings.
  public var settings: ProcessSettings
  /// File line of the opening fence.
  public var line: Int

  /// Creates a process.
  public init(steps: [ProcessStep], settings: ProcessSettings = ProcessSettings(), line: Int = 0) {
    self.steps = steps
    self.settings = settings
    self.line = line
  }

  /// The step with `id`, if any.
  public func step(_ id: String) -> ProcessStep? {
    steps.first { $0.id == id }
  }
}

/// Top-level keys of a process block other than `steps`.
public struct ProcessSettings: Sendable, Hashable, Codable {
  /// Days after a promised date before the promise counts as broken.
  public var promiseToleranceDays: Int
  /// Age at which an unresolved dispute must be escalated; nil: no `dispute_overdue` event.
  public var escalateDisputesAfterDays: Int?
  /// Minimum days between two dunning letters to the same customer.
  public var dunningMinGapDays: Int
  /// Pass mark (0-100) the SOP suggests for scenarios it governs.
  public var passMark: Int?
  /// Payment plans: the first instalment is at least this percentage of the plan total...
  public var planFirstInstalmentMinPercent: Int?
  /// ...and falls due within this many days of the action.
  public var planFirstInstalmentWithinDays: Int?
  /// Payment plans: the last instalment falls due within this many months of the action.
  public var planMaxMonths: Int?

  /// Creates settings with the format's defaults (tolerance 2 days, dunning gap 6 days).
  public init(
    promiseToleranceDays: Int = 2, escalateDisputesAfterDays: Int? = nil, dunningMinGapDays: Int = 6,
    passMark: Int? = nil
  ) {
    self.promiseToleranceDays = promiseToleranceDays
    self.escalateDisputesAfterDays = escalateDisputesAfterDays
    self.dunningMinGapDays = dunningMinGapDays
    self.passMark = passMark
  }

  enum CodingKeys: String, CodingKey {
    case promiseToleranceDays = "promise_tolerance_days"
    case escalateDisputesAfterDays = "escalate_disputes_after_days"
    case dunningMinGapDays = "dunning_min_gap_days"
    case passMark = "pass_mark"
    case planFirstInstalmentMinPercent = "plan_first_instalment_min_percent"
    case planFirstInstalmentWithinDays = "plan_first_instalment_within_days"
    case planMaxMonths = "plan_max_months"
  }
}
