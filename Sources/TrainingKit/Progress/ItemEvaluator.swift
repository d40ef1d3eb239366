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

  /// Every item of one plan, in order. An item is done only once its prerequisites are: a
  /// case passed before the SOP it needs was acknowledged counts from the acknowledgement
  /// on, and its completion day is the later of the two. Prerequisites can chain, so the
  /// rule runs until nothing changes (at most once per item).
  public func evaluate(_ items: [TrainingItem]) -> [ItemProgress] {
    var progress = items.map(evaluateAlone)
    let index = Dictionary(
      progress.indices.map { (progress[$0].item.key, $0) }, uniquingKeysWith: { a, _ in a })
    var changed = true
    while changed {
      changed = false
      for position in progress.indices where progress[position].isDone {
        let prerequisites = progress[position].item.requires.compactMap { index[$0] }.map { progress[$0] }
        if prerequisites.contains(where: { !$0.isDone }) {
          progress[position].state = .blocked
          progress[position].completedOn = nil
          changed = true
        } else if let latest = prerequisites.compactMap(\.completedOn).max(),
          let own = progress[position].completedOn, latest > own
        {
          progress[position].completedOn = latest
          changed = true
        }
      }
    }
    let doneKeys = Set(progress.filter(\.isDone).map(\.item.key))
    for position in progress.indices where !progress[position].isDone {
      let waiting = progress[position].item.requires.filter { !doneKeys.contains($0) }
      progress[position].waitingFor = waiting
      if !waiting.isEmpty, progress[position].state == .open { progress[position].state = .blocked }
      progress[position].overdue = progress[position].item.dueOn < today
    }
    return progress
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
      let counted = attempts.filter { $0.counts(toward: item, since: item.sinceDay) }
        .prefix(item.attempts ?? Int.max)
      progress.attemptsUsed = counted.count
      progress.bestScore = counted.map(\.score).max()
      if let pass = counted.first(where: { $0.reaches(item) }) {
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
