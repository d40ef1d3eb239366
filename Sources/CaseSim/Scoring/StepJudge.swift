import SOPKit

/// Judges the steps of one SOP against a timeline, remembering when each step was done so
/// `after` and `step:ID` deadlines can refer to it.
struct StepJudge {
  let process: GoverningProcess
  let timeline: ScoringTimeline
  let wording: [StepWording]
  let positions: [String: Int]
  // Indexed by step position: string-keyed dictionaries here cost more than the judging.
  private var verdicts: [StepResult?]
  private var doneTicks: [(tick: Int, day: Int)?]
  private var inProgress: [Bool]

  init(process: GoverningProcess, wording: [StepWording], positions: [String: Int], timeline: ScoringTimeline)
  {
    self.process = process
    self.wording = wording
    self.positions = positions
    self.timeline = timeline
    record = timeline.record
    verdicts = Array(repeating: nil, count: process.spec.steps.count)
    doneTicks = Array(repeating: nil, count: process.spec.steps.count)
    inProgress = Array(repeating: false, count: process.spec.steps.count)
  }

  let record: CaseRecord
  var escalateAfter: Int? { process.spec.settings.escalateDisputesAfterDays }

  mutating func result(at position: Int) -> StepResult {
    if let known = verdicts[position] { return known }
    let words = wording[position]
    inProgress[position] = true
    let verdict: Verdict
    switch words.step.kind {
    case .forbidden: verdict = judgeForbidden(words)
    case .required, .optional: verdict = judgeRequired(words)
    }
    inProgress[position] = false
    let counted =
      verdict.status != .notApplicable && !(words.step.kind == .optional && verdict.status == .done)
    let result = StepResult(
      rubric: words, status: verdict.status, counted: counted,
      earned: counted ? Double(words.step.weight) * verdict.status.credit : 0, day: verdict.day,
      detail: verdict.happened)
    verdicts[position] = result
    return result
  }

  struct Verdict {
    var status: StepStatus
    /// nil: the status's standard wording (`StepResult.happened`).
    var happened: String?
    var day: Int? = nil
  }

  // MARK: conditions

  func holds(_ condition: ProcessCondition, in state: CaseConditions, day: Int, action: RecordedAction?)
    -> Bool
  {
    if let bit = CaseConditions.bit(for: condition) { return state.contains(bit) }
    switch condition {
    case .invoiceDisputed: return action?.namesDisputedInvoice ?? state.contains(.disputeOpen)
    case .disputeOverdue: return timeline.disputeOverdue(on: day, after: escalateAfter)
    case .customerLanguage(let language): return language.rawValue == record.customerLanguage
    case .customerCountry(let code): return code == record.customerCountry
    default: return false
    }
  }

  func applies(_ words: StepWording, in state: CaseConditions, day: Int, action: RecordedAction? = nil)
    -> Bool
  {
    guard state.isSuperset(of: words.whenBits), state.isDisjoint(with: words.unlessBits) else { return false }
    return words.whenOther.allSatisfy { holds($0, in: state, day: day, action: action) }
      && !words.unlessOther.contains { holds($0, in: state, day: day, action: action) }
  }

  /// First occurrence of `event` (tick, effective day); nil when it never happened.
  mutating func occurrence(of event: ProcessEvent) -> (tick: Int, day: Int)? {
    switch event {
    case .step(let id):
      guard let other = positions[id] else { return nil }
      if doneTicks[other] == nil, !inProgress[other] { _ = result(at: other) }
      return doneTicks[other]
    case .disputeOverdue:
      return timeline.disputeOverdueDay(after: escalateAfter).map { ($0 * ScoringTimeline.dayTicks, $0) }
    default:
      return timeline.events[event].map { ($0.tick, $0.effectiveDay) }
    }
  }

  // MARK: forbidden

  private func judgeForbidden(_ words: StepWording) -> Verdict {
    for (slot, index) in timeline.actions.enumerated() where words.actionMask & timeline.actionBits[slot] != 0
    {
      guard case .action(let action) = record.entries[index].kind
      else {
        continue
      }
      let day = record.entries[index].day
      if applies(words, in: timeline.conditions(before: index), day: day, action: action) {
        return Verdict(
          status: .forbidden, happened: "\(action.action.rawValue) on day \(day) while forbidden", day: day)
      }
    }
    let tempted = record.entries.indices.contains { index in
      applies(words, in: record.entries[index].conditions, day: record.entries[index].day)
    }
    return tempted
      ? Verdict(status: .done, happened: "not done while forbidden")
      : Verdict(status: .notApplicable, happened: "the situation did not arise")
  }

  // MARK: required and optional

  private mutating func judgeRequired(_ words: StepWording) -> Verdict {
    let anchorEvent = words.step.within?.of ?? .caseStart
    guard let anchor = occurrence(of: anchorEvent) else {
      return Verdict(status: .notApplicable, happened: "the event its deadline counts from did not happen")
    }
    guard let trigger = triggerTick(words, from: anchor.tick) else {
      return Verdict(status: .notApplicable, happened: "its conditions never held")
    }
    let deadline = words.step.within.map { anchor.day + $0.days }
    var firstProblem: String?
    for (slot, index) in timeline.actions.enumerated()
    where words.actionMask & timeline.actionBits[slot] != 0 && timeline.tick(index) >= trigger {
      guard case .action(let action) = record.entries[index].kind
      else {
        continue
      }
      let day = record.entries[index].day
      let before = timeline.conditions(before: index)
      if !before.isDisjoint(with: words.unlessBits)
        || words.unlessOther.contains(where: { holds($0, in: before, day: day, action: action) })
      {
        continue
      }
      if let problem = problem(with: action, words) {
        firstProblem = firstProblem ?? "\(action.action.rawValue) on day \(day) \(problem)"
        continue
      }
      doneTicks[words.position] = (timeline.tick(index), day)
      return timing(words, action: action, index: index, deadline: deadline)
    }
    if words.step.kind == .optional {
      return Verdict(
        status: firstProblem == nil ? .notApplicable : .missed, happened: firstProblem ?? "not done")
    }
    let due = deadline ?? record.caseDays
    if due > record.caseDays {
      return Verdict(status: .notApplicable, happened: "not yet due when the case ended")
    }
    if !applies(words, in: timeline.conditions(endOf: due), day: due) {
      return Verdict(status: .notApplicable, happened: "it stopped applying before it fell due")
    }
    return Verdict(status: .missed, happened: firstProblem ?? "not done by day \(due)")
  }

  /// The first moment at or after the anchor when the step's conditions hold.
  private func triggerTick(_ words: StepWording, from anchorTick: Int) -> Int? {
    let anchorDay = anchorTick / ScoringTimeline.dayTicks
    if applies(words, in: timeline.conditions(atTick: anchorTick), day: anchorDay) { return anchorTick }
    for index in record.entries.indices where timeline.tick(index) > anchorTick {
      if applies(words, in: record.entries[index].conditions, day: record.entries[index].day) {
        return timeline.tick(index)
      }
    }
    return nil
  }

  private func problem(with action: RecordedAction, _ words: StepWording) -> String? {
    for (key, value) in words.expect where action.parameters[key] != value {
      return "had \(key)=\(action.parameters[key] ?? "(none)"), expected \(key)=\(value)"
    }
    for key in words.step.requires where (action.parameters[key] ?? "").isEmpty {
      return "was missing \(key)"
    }
    if words.step.language == .customer, action.parameters["language"] != record.customerLanguage {
      return
        "was in \(action.parameters["language"] ?? "(no language)"), not the customer's \(record.customerLanguage)"
    }
    return nil
  }

  private mutating func timing(_ words: StepWording, action: RecordedAction, index: Int, deadline: Int?)
    -> Verdict
  {
    let day = record.entries[index].day
    let tick = timeline.tick(index)
    var outOfOrder: [String] = []
    if let earliest = words.step.notBefore, let anchor = occurrence(of: earliest.of),
      day < anchor.day + earliest.days
    {
      outOfOrder.append(
        "before day \(anchor.day + earliest.days) (\(earliest.days) days after \(earliest.of.rawValue))")
    }
    for id in words.step.after {
      guard let other = positions[id] else { continue }
      if result(at: other).status == .notApplicable { continue }
      if let done = doneTicks[other], done.tick < tick { continue }
      outOfOrder.append("before \(id) was done")
    }
    if let deadline, day > deadline {
      return Verdict(
        status: .late,
        happened: "done on day \(day), \(day - deadline) day(s) after the deadline (day \(deadline))"
          + (outOfOrder.isEmpty ? "" : "; also " + outOfOrder.joined(separator: ", ")), day: day)
    }
    if !outOfOrder.isEmpty {
      return Verdict(
        status: .outOfOrder, happened: "done on day \(day) " + outOfOrder.joined(separator: ", "), day: day)
    }
    return Verdict(status: .done, happened: nil, day: day)
  }
}
