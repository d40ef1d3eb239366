import CivilCalendar

/// Decides from the facts (acknowledgements, attempts, sign-offs) which items are done. An
/// item's completion is derived, never stored, so a late-arriving fact cannot disagree with it.
public struct ItemEvaluator: Sendable {
  /// The trainee's acknowledgements.
  public var acknowledgements: [Acknowledgement]
  /// The trainee's attempts.
  public var attempts: [Attempt]
  /// The day to evaluate on.
  public var today: CivilDate

  /// Creates an evaluator.
  public init(acknowledgements: [Acknowledgement], attempts: [Attempt], today: CivilDate) {
    self.acknowledgements = acknowledgements
    self.attempts = attempts.sorted { $0.finishedAt < $1.finishedAt }
    self.today = today
  }

  /// Every item of one plan, in order.
  public func evaluate(_ items: [TrainingItem]) -> [ItemProgress] {
    var first = items.map(evaluateAlone)
    let doneKeys = Set(first.filter(\.isDone).map(\.item.key))
    for index in first.indices where !first[index].isDone {
      let waiting = first[index].item.requires.filter { !doneKeys.contains($0) }
      first[index].waitingFor = waiting
      if !waiting.isEmpty, first[index].state == .open { first[index].state = .blocked }
    }
    return first
  }

  func evaluateAlone(_ item: TrainingItem) -> ItemProgress {
    var progress = ItemProgress(
      item: item, state: .open, completedOn: nil, bestScore: nil, attemptsUsed: 0, overdue: false,
      waitingFor: [])
    switch item.kind {
    case .acknowledge:
      let matching = acknowledgements.filter {
        $0.sopID == item.sopID && $0.revisionSequence >= (item.sinceSequence ?? 0)
      }
      if let earliest = matching.compactMap(\.day).min() {
        progress.state = .done
        progress.completedOn = earliest
      }
    case .pass:
      // Only assessed attempts count: a guided one was worked with the steps in view.
      let counted = attempts.filter {
        $0.kind == .assessed && $0.scenarioID == item.scenarioID && $0.finished(onOrAfter: item.sinceDay)
      }.prefix(item.attempts ?? Int.max)
      progress.attemptsUsed = counted.count
      progress.bestScore = counted.map(\.score).max()
      let passMark = item.minScore ?? 0
      if let pass = counted.first(where: { $0.score >= passMark }) {
        progress.state = .done
        progress.completedOn = pass.day
      } else if let allowed = item.attempts, counted.count >= allowed {
        progress.state = .exhausted
      }
    case .signOff:
      if let signed = item.signedAt {
        progress.state = .done
        progress.completedOn = CivilDate(dayOf: signed)
      }
    }
    progress.overdue = !progress.isDone && item.dueOn < today
    return progress
  }
}
