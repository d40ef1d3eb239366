import SOPKit

/// A step compiled once per revision: the section that explains it, its conditions and actions
/// as masks, and what it needs to say in words what it expects (`StepWording+Expectation`). A class, so the judge passes a reference rather
/// than copying a struct full of strings for every step of every attempt.
final class StepWording: Sendable {
  let step: ProcessStep
  let id: String
  /// Bit `ProcessAction.allCases` position for each action of the step.
  let actionMask: UInt32
  let link: SectionLink
  /// The governing revision, for the titles of the steps this one names and its translations.
  let process: GoverningProcess
  /// `when` / `unless` split into case-wide bits (tested with one mask) and the rest.
  let whenBits: CaseConditions
  let unlessBits: CaseConditions
  let whenOther: [ProcessCondition]
  let unlessOther: [ProcessCondition]
  /// `expect` in key order, so findings name the first mismatch the same way every time.
  let expect: [(key: String, value: String)]
  /// Position of the step in the scorer's rubric (every governing process's steps, one
  /// process after the other); the positions below count the same way.
  let position: Int
  /// `after`, each id with its step's position (nil for an id the process does not have).
  let afterPositions: [(id: String, position: Int?)]
  /// Positions of the steps `within.of` and `not_before.of` name when they are `step:ID`.
  let withinStep: Int?
  let notBeforeStep: Int?
  /// Whether an action must carry parameters (`expect`, `requires`, `language`), so the judge
  /// reads an action's parameters only for the steps that look at them.
  let checksParameters: Bool
  /// The process's `escalate_disputes_after_days`, for `dispute_overdue`.
  let escalateAfter: Int?
  /// `values`, amounts first (an amount finding names the invoices missing from its figure,
  /// so a separate invoice finding would say less).
  let values: [ValueRule]
  /// The process's `plan_*` settings, for `within: plan_limits`.
  let planLimits: PlanLimits
  /// Whether breaching the step fails the attempt.
  let critical: Bool

  /// The process's limits on payment plans.
  struct PlanLimits: Sendable {
    var firstMinPercent: Int?
    var firstWithinDays: Int?
    var maxMonths: Int?
  }

  /// `offset`: the position of the process's first step in the rubric.
  init(step: ProcessStep, position: Int, offset: Int, process: GoverningProcess) {
    id = step.id
    self.position = position
    escalateAfter = process.spec.settings.escalateDisputesAfterDays
    expect = step.expect.sorted { $0.key < $1.key }
    whenBits = CaseConditions(step.when.compactMap(CaseConditions.bit(for:)))
    unlessBits = CaseConditions(step.unless.compactMap(CaseConditions.bit(for:)))
    whenOther = step.when.filter { CaseConditions.bit(for: $0) == nil }
    unlessOther = step.unless.filter { CaseConditions.bit(for: $0) == nil }
    actionMask = step.actions.reduce(0) { $0 | Self.bit(of: $1) }
    let steps = process.spec.steps
    afterPositions = step.after.map { id in (id, steps.firstIndex { $0.id == id }.map { offset + $0 }) }
    func stepPosition(of event: ProcessEvent?) -> Int? {
      guard case .step(let id) = event else { return nil }
      return steps.firstIndex { $0.id == id }.map { offset + $0 }
    }
    withinStep = stepPosition(of: step.within?.of)
    notBeforeStep = stepPosition(of: step.notBefore?.of)
    values = step.values.sorted { Self.order($0.subject) < Self.order($1.subject) }
    let settings = process.spec.settings
    planLimits = PlanLimits(
      firstMinPercent: settings.planFirstInstalmentMinPercent,
      firstWithinDays: settings.planFirstInstalmentWithinDays, maxMonths: settings.planMaxMonths)
    critical = step.critical
    checksParameters =
      !step.expect.isEmpty || !step.requires.isEmpty || step.language == .customer || !step.values.isEmpty
    self.step = step
    self.process = process
    link = SectionLink(
      sopID: process.sopID, anchor: step.section, heading: process.headings[step.section] ?? step.section,
      revision: process.revision)
  }

  /// The action's bit; `ProcessAction` has fewer than 32 cases.
  static func bit(of action: ProcessAction) -> UInt32 {
    UInt32(1) << UInt32(actionOrder.firstIndex(of: action) ?? 31)
  }

  private static func order(_ subject: ValueRule.Subject) -> Int {
    ValueRule.Subject.allCases.firstIndex(of: subject) ?? 0
  }

  /// `allCases` builds a new array at every call: the log's actions are looked up here instead.
  private static let actionOrder = ProcessAction.allCases
}
