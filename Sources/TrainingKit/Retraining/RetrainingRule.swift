import CivilCalendar

/// The retraining rule: when a procedural revision of an SOP in a plan has come into force
/// after the revision the plan was built on, the trainee gets a new acknowledge item for that
/// revision and a re-practice item for each of the plan's scenarios governed by that SOP.
/// Editorial revisions, and the first revision an SOP ever had in force, trigger nothing. A plan
/// "includes" an SOP it acknowledges, and the source of a translation it acknowledges.
///
/// Revisions are compared by sequence (or, for plans assigned before the sequences were
/// recorded, by instant), never by day: a procedural revision that comes into force on the day
/// the plan was assigned and acknowledged still makes the acknowledgement stale.
public enum RetrainingRule {
  /// Items to add to one assignment; keys already present are skipped, so running the rule
  /// again adds nothing. `acknowledgements` are the trainee's (used for plans without
  /// `builtOn` only).
  public static func newItems(
    for assignment: Assignment, items: [TrainingItem], sops: [String: SOPHistoryFacts],
    acknowledgements: [Acknowledgement] = [], today: CivilDate
  ) -> [TrainingItem] {
    guard let assignmentID = assignment.id else { return [] }
    let existing = Set(items.map(\.key))
    var position = (items.map(\.position).max() ?? 0) + 1
    var added: [TrainingItem] = []
    for sopID in includedSOPs(items: items, sops: sops) {
      guard let facts = sops[sopID],
        let revision = trigger(facts, for: assignment, acknowledgements: acknowledgements, today: today),
        let effective = revision.effectiveOn
      else { continue }
      let due = WorkingDays.adding(assignment.retrainingDays, to: effective)
      let why = "procedural revision \(revision.number) of \(sopID) effective \(effective)"
      let ackKey = "retrain-ack-\(sopID)@\(revision.number)"
      if !existing.contains(ackKey) {
        added.append(
          TrainingItem(
            assignmentID: assignmentID, position: position, key: ackKey, kind: .acknowledge,
            origin: .retraining,
            sopID: sopID, text: why, dueOn: due, sinceSequence: revision.sequence))
        position += 1
      }
      let scenarios = items.filter {
        $0.kind == .pass && $0.origin == .plan && $0.governingSOPs.contains(sopID)
      }
      for scenario in scenarios {
        guard let scenarioID = scenario.scenarioID else { continue }
        let key = "retrain-pass-\(scenarioID)@\(sopID)@\(revision.number)"
        guard !existing.contains(key) else { continue }
        added.append(
          TrainingItem(
            assignmentID: assignmentID, position: position, key: key, kind: .pass, origin: .retraining,
            scenarioID: scenarioID, minScore: scenario.minScore, attempts: scenario.attempts, text: why,
            dueOn: due, requires: [ackKey], governingSOPs: scenario.governingSOPs, sinceDay: effective))
        position += 1
      }
    }
    return added
  }

  /// SOPs the plan acknowledges, and the sources of translations it acknowledges, sorted.
  static func includedSOPs(items: [TrainingItem], sops: [String: SOPHistoryFacts]) -> [String] {
    var included: Set<String> = []
    for item in items where item.kind == .acknowledge && item.origin == .plan {
      guard let sopID = item.sopID else { continue }
      included.insert(sopID)
      if let source = sops[sopID]?.translationOf { included.insert(source) }
    }
    return included.sorted()
  }

  /// The revision of each included SOP in force `today`: what a plan assigned now is built on.
  public static func builtOn(items: [TrainingItem], sops: [String: SOPHistoryFacts]) -> [String: Int] {
    var built: [String: Int] = [:]
    for sopID in includedSOPs(items: items, sops: sops) {
      if let sequence = sops[sopID]?.currentSequence { built[sopID] = sequence }
    }
    return built
  }

  /// The newest procedural revision in force by `today` that replaced an earlier revision in
  /// force and came into force after the plan was built: a higher sequence than the one the
  /// plan recorded (any, when nothing was in force then). For a plan without that record: it
  /// came into force after the assignment's instant, or the trainee acknowledged an older
  /// revision of the SOP since the plan was assigned.
  static func trigger(
    _ facts: SOPHistoryFacts, for assignment: Assignment, acknowledgements: [Acknowledgement],
    today: CivilDate
  ) -> SOPHistoryFacts.Revision? {
    let inForce = facts.approved.filter { $0.effectiveOn.map { $0 <= today } ?? false }
    guard let firstInForce = inForce.first else { return nil }
    return inForce.last { revision in
      guard revision.procedural, revision.sequence != firstInForce.sequence else { return false }
      if let builtOn = assignment.builtOn { return revision.sequence > builtOn[facts.sopID] ?? 0 }
      if let since = revision.inForceAt, since > assignment.assignedAt { return true }
      return acknowledgements.contains {
        $0.sopID == facts.sopID && $0.signedAt >= assignment.assignedAt
          && $0.revisionSequence < revision.sequence
      }
    }
  }
}

extension TrainingItem {
  /// The SOP and revision number whose procedural change added this retraining item, read
  /// from the key `RetrainingRule` gives it (`retrain-ack-COL-002@2.0`,
  /// `retrain-pass-SCENARIO@COL-002@2.0`); nil for the plan's own items.
  public var retrainingCause: (sopID: String, revision: String)? {
    guard origin == .retraining else { return nil }
    let parts = key.split(separator: "@").map(String.init)
    guard let revision = parts.last else { return nil }
    if parts.count == 2, parts[0].hasPrefix("retrain-ack-") {
      return (String(parts[0].dropFirst("retrain-ack-".count)), revision)
    }
    return parts.count == 3 ? (parts[1], revision) : nil
  }
}
