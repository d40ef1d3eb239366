import SOPKit

/// A recorded attempt indexed for scoring: event occurrences, the actions in order and the
/// conditions at any moment. Moments are ticks, `day * 2^20 + entry position + 1`, so an
/// event known at the start of a day (tick `day * 2^20`) precedes everything done that day.
struct ScoringTimeline {
  struct Occurrence {
    var tick: Int
    var effectiveDay: Int
  }

  static let dayTicks = 1 << 20

  let record: CaseRecord
  private(set) var events: [ProcessEvent: Occurrence] = [:]
  private(set) var actions: [Int] = []
  /// `StepWording.bit(of:)` of each action in `actions`, so steps filter without hashing.
  private(set) var actionBits: [UInt32] = []

  init(_ record: CaseRecord) {
    self.record = record
    for (index, entry) in record.entries.enumerated() {
      switch entry.kind {
      case .event(let event, let effectiveDay):
        if events[event] == nil { events[event] = Occurrence(tick: tick(index), effectiveDay: effectiveDay) }
      case .action(let action):
        actions.append(index)
        actionBits.append(StepWording.bit(of: action.action))
      case .note:
        break
      }
    }
  }

  func tick(_ index: Int) -> Int { record.entries[index].day * Self.dayTicks + index + 1 }

  /// Conditions after the last entry at or before `tick`.
  func conditions(atTick tick: Int) -> CaseConditions {
    var low = 0
    var high = record.entries.count - 1
    var found = 0
    while low <= high {
      let middle = (low + high) / 2
      if self.tick(middle) <= tick {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return record.entries[found].conditions
  }

  /// Conditions just before entry `index` (what held when the action was taken).
  func conditions(before index: Int) -> CaseConditions {
    index > 0 ? record.entries[index - 1].conditions : record.entries[0].conditions
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
