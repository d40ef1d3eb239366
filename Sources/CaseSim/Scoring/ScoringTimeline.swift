import SOPKit

/// A recorded attempt indexed for scoring: event occurrences, the actions in order and the
/// conditions at any moment. Moments are ticks, `day * 2^20 + entry position + 1`, so an
/// event known at the start of a day (tick `day * 2^20`) precedes everything done that day.
///
/// Built once per attempt scored, so it keeps only flat arrays of numbers: the judge reads
/// ticks and condition bits without touching the log entries (and their strings) at all.
struct ScoringTimeline {
  struct Occurrence {
    var tick: Int
    var effectiveDay: Int
  }

  /// One action of the log as the judge filters it.
  struct ActionSlot {
    /// Position of the entry in the log.
    var index: Int
    /// The action taken.
    var action: ProcessAction
    /// `StepWording.bit(of:)` of the action, so steps filter without hashing.
    var bit: UInt32
    /// `RecordedAction.namesDisputedInvoice`, for `invoice_disputed`.
    var namesDisputedInvoice: Bool
  }

  static let dayTicks = 1 << dayShift
  static let dayShift = 20

  let record: CaseRecord
  /// Tick of each entry, in log order (so increasing).
  private(set) var ticks: [Int] = []
  /// Conditions holding after each entry.
  private(set) var states: [CaseConditions] = []
  /// First occurrence of each named event, by `ProcessEvent.named` position.
  private var firstOccurrences: [Occurrence?] = Array(repeating: nil, count: ProcessEvent.named.count)
  /// The actions, in order.
  private(set) var actions: [ActionSlot] = []

  init(_ record: CaseRecord) {
    self.record = record
    ticks.reserveCapacity(record.entries.count)
    states.reserveCapacity(record.entries.count)
    for index in record.entries.indices {
      let tick = record.entries[index].day * Self.dayTicks + index + 1
      ticks.append(tick)
      states.append(record.entries[index].conditions)
      switch record.entries[index].kind {
      case .event(let event, let effectiveDay):
        if let slot = Self.slot(of: event), firstOccurrences[slot] == nil {
          firstOccurrences[slot] = Occurrence(tick: tick, effectiveDay: effectiveDay)
        }
      case .action(let action):
        actions.append(
          ActionSlot(
            index: index, action: action.action, bit: StepWording.bit(of: action.action),
            namesDisputedInvoice: action.namesDisputedInvoice))
      case .note:
        break
      }
    }
  }

  /// Position of a named event in `ProcessEvent.named`; nil for `step:ID`.
  static func slot(of event: ProcessEvent) -> Int? {
    switch event {
    case .caseStart: 0
    case .disputeRaised: 1
    case .disputeLogged: 2
    case .disputeRouted: 3
    case .disputeOverdue: 4
    case .disputeResolved: 5
    case .promiseMade: 6
    case .promiseBroken: 7
    case .paymentReceived: 8
    case .planRequested: 9
    case .planApproved: 10
    case .creditFound: 11
    case .reconciliationRequested: 12
    case .insolvencyDeclared: 13
    case .insolvencyPublished: 14
    case .dunningExhausted: 15
    case .writeOffApproved: 16
    case .negotiationsNotified: 17
    case .step: nil
    }
  }

  /// First occurrence of a named event in the log; nil when it never happened.
  func firstOccurrence(of event: ProcessEvent) -> Occurrence? {
    Self.slot(of: event).flatMap { firstOccurrences[$0] }
  }

  /// Case day of entry `index` (the position part of a tick is below `dayTicks`, and the
  /// shift rounds down as a day before the case would need).
  func day(_ index: Int) -> Int { ticks[index] >> Self.dayShift }

  func tick(_ index: Int) -> Int { ticks[index] }

  /// Position of the last entry at or before `tick` (0 when there is none).
  func lastEntry(atOrBefore tick: Int) -> Int {
    var low = 0
    var high = ticks.count - 1
    var found = 0
    while low <= high {
      let middle = (low + high) / 2
      if ticks[middle] <= tick {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found
  }

  /// Conditions after the last entry at or before `tick`.
  func conditions(atTick tick: Int) -> CaseConditions {
    states[lastEntry(atOrBefore: tick)]
  }

  /// Conditions just before entry `index` (what held when the action was taken).
  func conditions(before index: Int) -> CaseConditions {
    index > 0 ? states[index - 1] : states[0]
  }

  /// Conditions at the end of `day`.
  func conditions(endOf day: Int) -> CaseConditions {
    conditions(atTick: (day + 1) * Self.dayTicks - 1)
  }

  /// First day a dispute is open longer than `days` after it was logged.
  func disputeOverdueDay(after days: Int?) -> Int? {
    guard let days else { return nil }
    return record.disputes.compactMap { span -> Int? in
      guard let logged = span.loggedDay else { return nil }
      let due = max(0, logged + days)
      if let resolved = span.resolvedDay, resolved <= due { return nil }
      return due <= record.caseDays ? due : nil
    }.min()
  }

  /// Whether a dispute is overdue on `day`.
  func disputeOverdue(on day: Int, after days: Int?) -> Bool {
    guard let days else { return false }
    return record.disputes.contains { span in
      guard let logged = span.loggedDay, logged + days <= day else { return false }
      return span.resolvedDay.map { $0 > day } ?? true
    }
  }
}
