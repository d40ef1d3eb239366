import SOPKit

/// Judges the steps of the governing SOPs against a timeline, remembering when each step was
/// done so `after` and `step:ID` deadlines can refer to it.
struct StepJudge {
  let timeline: ScoringTimeline
  /// Every process's steps, one process after the other (`ProcessScorer.rubric`).
  let rubric: [StepWording]
  // Indexed by rubric position: string-keyed dictionaries here cost more than the judging, and
  // one array for all the SOPs allocates once per attempt rather than three times per SOP.
  private var states: [StepState]

  /// What the judge knows of one step so far.
  struct StepState {
    var verdict: StepResult?
    /// When the action that satisfied the step was taken.
    var done: Moment?
    /// Being judged: a `step:ID` reference back to it finds it not done.
    var inProgress = false
  }

  struct Moment {
    var tick: Int
    var day: Int
  }

  init(rubric: [StepWording], timeline: ScoringTimeline) {
    self.rubric = rubric
    self.timeline = timeline
    states = Array(repeating: StepState(), count: rubric.count)
  }

  var record: CaseRecord { timeline.record }

  mutating func result(at position: Int) -> StepResult {
    if let known = states[position].verdict { return known }
    let words = rubric[position]
    states[position].inProgress = true
    let verdict: Verdict
    switch words.step.kind {
    case .forbidden: verdict = judgeForbidden(words)
    case .required, .optional: verdict = judgeRequired(words)
    }
    states[position].inProgress = false
    let counted =
      verdict.status != .notApplicable && !(words.step.kind == .optional && verdict.status == .done)
    let result = StepResult(
      rubric: words, status: verdict.status, counted: counted,
      earned: counted ? Double(words.step.weight) * verdict.status.credit : 0, day: verdict.day,
      detail: verdict.detail)
    states[position].verdict = result
    return result
  }

  struct Verdict {
    var status: StepStatus
    /// nil: the status's standard wording (`StepResult.happened`).
    var detail: StepDetail?
    var day: Int? = nil
  }

  // MARK: conditions

  /// `invoiceDisputed`: whether the action judged names a disputed invoice; nil when no action
  /// is judged (the open dispute then stands for it).
  func holds(
    _ condition: ProcessCondition, of words: StepWording, in state: CaseConditions, day: Int,
    invoiceDisputed: Bool?
  ) -> Bool {
    if let bit = CaseConditions.bit(for: condition) { return state.contains(bit) }
    switch condition {
    case .invoiceDisputed: return invoiceDisputed ?? state.contains(.disputeOpen)
    case .disputeOverdue: return timeline.disputeOverdue(on: day, after: words.escalateAfter)
    case .customerLanguage(let language): return language.rawValue == record.customerLanguage
    case .customerCountry(let code): return code == record.customerCountry
    default: return false
    }
  }

  func applies(_ words: StepWording, in state: CaseConditions, day: Int, invoiceDisputed: Bool? = nil)
    -> Bool
  {
    guard state.isSuperset(of: words.whenBits), state.isDisjoint(with: words.unlessBits) else { return false }
    return words.whenOther.allSatisfy {
      holds($0, of: words, in: state, day: day, invoiceDisputed: invoiceDisputed)
    }
      && !words.unlessOther.contains {
        holds($0, of: words, in: state, day: day, invoiceDisputed: invoiceDisputed)
      }
  }

  /// Whether the step applies at entry `index` (conditions after it, no action judged).
  func applies(_ words: StepWording, atEntry index: Int) -> Bool {
    applies(words, in: timeline.states[index], day: timeline.day(index))
  }

  /// First occurrence of `event` (tick, effective day); nil when it never happened.
  /// `step` is the position of the step a `step:ID` event names (`StepWording.withinStep`).
  mutating func occurrence(of event: ProcessEvent, step: Int?, for words: StepWording) -> (
    tick: Int, day: Int
  )? {
    switch event {
    case .step:
      guard let other = step else { return nil }
      if states[other].done == nil, !states[other].inProgress { _ = result(at: other) }
      return states[other].done.map { ($0.tick, $0.day) }
    case .disputeOverdue:
      return timeline.disputeOverdueDay(after: words.escalateAfter).map {
        ($0 * ScoringTimeline.dayTicks, $0)
      }
    default:
      return timeline.firstOccurrence(of: event).map { ($0.tick, $0.effectiveDay) }
    }
  }

  // MARK: forbidden

  /// A forbidden step forbids its actions while its conditions hold; with `expect`, only the
  /// actions carrying those values; with `after`, only until the steps named are done (a
  /// control that must come first: verify before refunding, the second notice before the final).
  private mutating func judgeForbidden(_ words: StepWording) -> Verdict {
    for slot in timeline.actions where words.actionMask & slot.bit != 0 {
      let day = timeline.day(slot.index)
      if applies(
        words, in: timeline.conditions(before: slot.index), day: day,
        invoiceDisputed: slot.namesDisputedInvoice), matchesExpect(words, entry: slot.index),
        controlMissing(words, before: timeline.tick(slot.index))
      {
        return Verdict(status: .forbidden, detail: .forbiddenAction(slot.action, day: day), day: day)
      }
    }
    let tempted = timeline.states.indices.contains { applies(words, atEntry: $0) }
    return tempted
      ? Verdict(status: .done, detail: .resisted)
      : Verdict(status: .notApplicable, detail: .didNotArise)
  }

  /// Whether the action at entry `index` has every `expect` value (always, without `expect`).
  private func matchesExpect(_ words: StepWording, entry index: Int) -> Bool {
    guard !words.expect.isEmpty else { return true }
    guard case .action(let action) = record.entries[index].kind else { return false }
    return words.expect.allSatisfy { action.parameters[$0.key] == $0.value }
  }

  /// For a forbidden step: whether a step of its `after` was not done before `tick` (always
  /// true without `after`). A step whose situation never arose does not count; one that
  /// stopped applying because the forbidden action itself ended it (a refund empties the
  /// credit the verification was about) does.
  private mutating func controlMissing(_ words: StepWording, before tick: Int) -> Bool {
    guard !words.afterPositions.isEmpty else { return true }
    for (_, other) in words.afterPositions {
      guard let other else { continue }
      let control = result(at: other)
      if control.status == .notApplicable, control.detail == .anchorMissing || control.detail == .neverHeld {
        continue
      }
      guard let done = states[other].done, done.tick < tick else { return true }
    }
    return false
  }

  // MARK: required and optional

  private mutating func judgeRequired(_ words: StepWording) -> Verdict {
    let anchorEvent = words.step.within?.of ?? .caseStart
    guard let anchor = occurrence(of: anchorEvent, step: words.withinStep, for: words) else {
      return Verdict(status: .notApplicable, detail: .anchorMissing)
    }
    guard let trigger = triggerTick(words, from: anchor.tick) else {
      return Verdict(status: .notApplicable, detail: .neverHeld)
    }
    let deadline = words.step.within.map { anchor.day + $0.days }
    var firstProblem: StepDetail?
    for slot in timeline.actions
    where words.actionMask & slot.bit != 0 && timeline.tick(slot.index) >= trigger {
      let index = slot.index
      let day = timeline.day(index)
      let before = timeline.conditions(before: index)
      if !before.isDisjoint(with: words.unlessBits)
        || words.unlessOther.contains(where: {
          holds($0, of: words, in: before, day: day, invoiceDisputed: slot.namesDisputedInvoice)
        })
      {
        continue
      }
      if words.checksParameters, let flaw = flaw(ofEntry: index, words) {
        firstProblem = firstProblem ?? .flawed(slot.action, day: day, flaw)
        continue
      }
      states[words.position].done = Moment(tick: timeline.tick(index), day: day)
      return timing(words, index: index, deadline: deadline)
    }
    if words.step.kind == .optional {
      return Verdict(status: firstProblem == nil ? .notApplicable : .missed, detail: firstProblem ?? .notDone)
    }
    let due = deadline ?? record.caseDays
    if due > record.caseDays {
      return Verdict(status: .notApplicable, detail: .notYetDue)
    }
    if !applies(words, in: timeline.conditions(endOf: due), day: due) {
      return Verdict(status: .notApplicable, detail: .stoppedApplying)
    }
    return Verdict(status: .missed, detail: firstProblem ?? .notDoneBy(day: due))
  }

  /// The first moment at or after the anchor when the step's conditions hold.
  private func triggerTick(_ words: StepWording, from anchorTick: Int) -> Int? {
    let anchorDay = anchorTick / ScoringTimeline.dayTicks
    // `conditions(atTick:)`, with the search's position kept: ticks increase along the log, so
    // only the entries after it can start the step.
    var index = timeline.lastEntry(atOrBefore: anchorTick)
    if applies(words, in: timeline.states[index], day: anchorDay) { return anchorTick }
    while index < timeline.ticks.count {
      if timeline.ticks[index] > anchorTick, applies(words, atEntry: index) { return timeline.ticks[index] }
      index += 1
    }
    return nil
  }

  /// How the action at entry `index` falls short of the step's `expect`, `requires` and
  /// `language`; nil when it does not.
  private func flaw(ofEntry index: Int, _ words: StepWording) -> StepDetail.ActionFlaw? {
    guard case .action(let action) = record.entries[index].kind else { return nil }
    for (key, value) in words.expect where action.parameters[key] != value {
      return .value(key: key, had: action.parameters[key], expected: value)
    }
    for key in words.step.requires where (action.parameters[key] ?? "").isEmpty {
      return .missing(key: key)
    }
    if words.step.language == .customer, action.parameters["language"] != record.customerLanguage {
      return .language(had: action.parameters["language"], customer: record.customerLanguage)
    }
    guard !words.values.isEmpty, let facts = action.facts?.figures else { return nil }
    for rule in words.values {
      if let flaw = valueFlaw(rule, of: action, facts, day: record.entries[index].day, words) { return flaw }
    }
    return nil
  }

  /// How the action misses a value rule, judged against the case's figures when it was taken;
  /// nil when it meets it or the case has no such figure.
  private func valueFlaw(
    _ rule: ValueRule, of action: RecordedAction, _ facts: ActionFacts.Figures, day: Int, _ words: StepWording
  ) -> StepDetail.ActionFlaw? {
    switch rule.test {
    case .equals(let figure, let tolerance), .covers(let figure, let tolerance):
      guard let due = facts.amount(figure) else { return nil }
      let given = facts.amount
      let gap = (given?.minorUnits ?? 0) - due.minorUnits
      let covers: Bool
      if case .covers = rule.test { covers = true } else { covers = false }
      let met = given != nil && (covers ? gap >= -Int64(tolerance) : abs(gap) <= Int64(tolerance))
      if met { return nil }
      // Invoices missing from the figure's set, for actions that name invoices (a plan does not).
      let set = action.action.parameters.contains("invoices") ? figure.invoices.flatMap(facts.invoices) : nil
      return .amount(
        StepDetail.ValueFinding(
          figure: figure, covers: covers, given: given, due: due, named: action.invoiceNumbers.count,
          dueInvoices: set?.count, missing: set.map { Self.missing($0, from: action.invoiceNumbers) } ?? []))
    case .cover(let set):
      guard let required = facts.invoices(set) else { return nil }
      let missing = Self.missing(required, from: action.invoiceNumbers)
      if missing.isEmpty { return nil }
      return .invoicesMissing(set, named: action.invoiceNumbers.count, due: required.count, missing: missing)
    case .noLaterThan(let date):
      let limit: Int?
      switch date {
      case .offeredDate: limit = facts.offeredDay
      case .claimDeadline: limit = record.claimDeadlineDay
      }
      guard let limit else { return nil }
      let given = rule.subject == .promisedDate ? facts.promisedDay : day
      guard let given, given > limit else { return given == nil ? .missing(key: rule.subject.rawValue) : nil }
      return .dateAfter(rule.subject, given: given, limit: limit, date)
    case .withinPlanLimits:
      return planFlaw(facts, day: day, limits: words.planLimits)
    }
  }

  /// Invoices of `required` that `named` leaves out, in the case's order.
  private static func missing(_ required: [String], from named: [String]) -> [String] {
    required.filter { !named.contains($0) }
  }

  /// The first way a plan breaks the process's limits.
  private func planFlaw(_ facts: ActionFacts.Figures, day: Int, limits: StepWording.PlanLimits)
    -> StepDetail.ActionFlaw?
  {
    guard let first = facts.instalments.first, let last = facts.instalments.last else {
      return .missing(key: "instalments")
    }
    let total = facts.instalments.reduce(0) { $0 + $1.amount.minorUnits }
    if let percent = limits.firstMinPercent, first.amount.minorUnits * 100 < total * Int64(percent) {
      return .plan(
        .firstTooSmall(
          given: first.amount, total: Money(minorUnits: total, currency: first.amount.currency),
          percent: percent))
    }
    if let days = limits.firstWithinDays, first.day > day + days {
      return .plan(.firstTooLate(day: first.day, limit: day + days, days: days))
    }
    if let months = limits.maxMonths {
      let limit = record.asOf.days(until: record.asOf.adding(days: day).adding(months: months))
      if last.day > limit { return .plan(.lastTooLate(day: last.day, limit: limit, months: months)) }
    }
    return nil
  }

  private mutating func timing(_ words: StepWording, index: Int, deadline: Int?) -> Verdict {
    let day = timeline.day(index)
    let tick = timeline.tick(index)
    var outOfOrder: [StepDetail.OrderFlaw] = []
    if let earliest = words.step.notBefore,
      let anchor = occurrence(of: earliest.of, step: words.notBeforeStep, for: words),
      day < anchor.day + earliest.days
    {
      outOfOrder.append(
        .beforeEarliest(day: anchor.day + earliest.days, days: earliest.days, event: earliest.of))
    }
    for (id, other) in words.afterPositions {
      guard let other else { continue }
      if result(at: other).status == .notApplicable { continue }
      if let done = states[other].done, done.tick < tick { continue }
      outOfOrder.append(.beforeStep(id))
    }
    if let deadline, day > deadline {
      return Verdict(
        status: .late, detail: .late(day: day, deadline: deadline, alsoOutOfOrder: outOfOrder), day: day)
    }
    if !outOfOrder.isEmpty {
      return Verdict(status: .outOfOrder, detail: .outOfOrder(day: day, outOfOrder), day: day)
    }
    return Verdict(status: .done, detail: nil, day: day)
  }
}
