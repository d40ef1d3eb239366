import CivilCalendar

/// The retraining rule: when a procedural revision of an SOP in a plan has taken effect since
/// the plan was assigned, the trainee gets a new acknowledge item for that revision and a
/// re-practice item for each of the plan's scenarios governed by that SOP. Editorial
/// revisions, and the first revision an SOP ever had in force, trigger nothing. A plan
/// "includes" an SOP it acknowledges, and the source of a translation it acknowledges.
public enum RetrainingRule {
  /// Items to add to one assignment; keys already present are skipped, so running the rule
  /// again adds nothing.
  public static func newItems(
    for assignment: Assignment, items: [TrainingItem], sops: [String: SOPHistoryFacts], today: String
  ) -> [TrainingItem] {
    guard let assignmentID = assignment.id else { return [] }
    let existing = Set(items.map(\.key))
    var position = (items.map(\.position).max() ?? 0) + 1
    var added: [TrainingItem] = []
    for sopID in includedSOPs(items: items, sops: sops) {
      guard let facts = sops[sopID],
        let revision = trigger(facts, after: assignment.assignedOn, today: today),
        let effective = revision.effectiveOn
      else { continue }
      let due = WorkingDays.adding(assignment.retrainingDays, to: civil(effective)).iso
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

  /// The newest procedural revision in force by `today` that took effect after `assignedOn`
  /// and replaced an earlier revision in force.
  static func trigger(_ facts: SOPHistoryFacts, after assignedOn: String, today: String) -> SOPHistoryFacts
    .Revision?
  {
    let inForce = facts.approved.filter { ($0.effectiveOn ?? "9999") <= today }
    guard let firstInForce = inForce.first else { return nil }
    return inForce.last {
      $0.procedural && $0.sequence != firstInForce.sequence && ($0.effectiveOn ?? "") > assignedOn
    }
  }

  static func civil(_ day: String) -> CivilDate {
    CivilDate(iso: day) ?? CivilDate(daysSinceEpoch: 0)
  }
}
