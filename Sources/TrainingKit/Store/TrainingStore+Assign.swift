import CaseSim
import CivilCalendar
import GRDB
import SOPKit

extension TrainingStore {
  /// Assigns `template` to `trainee` from `start` (due `due`, else start plus the plan's
  /// length in working days). Items are copied, with each scenario's governing SOPs from
  /// `scenarioSOPs`. Needs the role `manager`.
  @discardableResult
  public func assign(
    _ template: PlanTemplate, scenarioSOPs: [String: [String]], trainee: String, start: CivilDate,
    due: CivilDate?,
    team: String?, by actor: Signer
  ) throws -> Assignment {
    guard actor.holds("manager") else {
      throw TrainingError.notPermitted(user: actor.userName, action: "assign plans", role: "manager")
    }
    var dueOn = WorkingDays.adding(template.length, to: start)
    if let due {
      guard due >= start else { throw TrainingError.dueBeforeStart(start: start.iso, due: due.iso) }
      dueOn = due
    }
    return try transaction { db in
      let held = Column("trainee") == trainee && Column("template_id") == template.id
      if let existing = try Assignment.filter(held).fetchOne(db) {
        throw TrainingError.alreadyAssigned(
          trainee: trainee, planID: template.id, assignedOn: existing.assignedOn?.iso ?? existing.assignedAt)
      }
      var assignment = Assignment(
        trainee: trainee, templateID: template.id, title: template.title, team: team ?? template.team,
        startOn: start, dueOn: dueOn, retrainingDays: template.retrainingDays, assignedBy: actor.userName,
        assignedAt: clock.now().utcTimestamp,
        translations: template.translations.isEmpty ? nil : template.translations)
      var items = template.items.enumerated().map { index, spec in
        TrainingItem(
          assignmentID: 0, position: index + 1, key: spec.id, kind: spec.kind, sopID: spec.sopID,
          scenarioID: spec.scenarioID, minScore: spec.minScore, attempts: spec.attempts, text: spec.text,
          dueOn: WorkingDays.adding(spec.due, to: start), requires: spec.requires,
          governingSOPs: spec.scenarioID.flatMap { scenarioSOPs[$0] } ?? [])
      }
      // What the plan is built on: a later procedural revision is what retraining follows.
      assignment.builtOn = RetrainingRule.builtOn(items: items, sops: try Self.sopFacts(on: today, in: db))
      try assignment.insert(db)
      guard let assignmentID = assignment.id else { throw TrainingError.noPlan(trainee: trainee) }
      for index in items.indices {
        items[index].assignmentID = assignmentID
        try items[index].insert(db)
      }
      try audit(
        "training.assign", trainee: trainee, actor: actor.auditName, before: Assignment?.none,
        after: assignment,
        in: db)
      return assignment
    }
  }

  /// Whether `name` has any plan: the test `recordAttemptIfTrainee` applies.
  public func hasPlan(_ name: String) throws -> Bool {
    try writer.read { db in try Assignment.filter(Column("trainee") == name).fetchCount(db) > 0 }
  }

  /// Finds an item by number (`12`, `#12`) or, for `trainee`, by key in their newest plan.
  public func item(_ reference: String, trainee: String?) throws -> TrainingItem {
    try writer.read { db in try Self.item(reference, trainee: trainee, in: db) }
  }

  static func item(_ reference: String, trainee: String?, in db: Database) throws -> TrainingItem {
    let trimmed = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
    if let number = Int64(trimmed) {
      guard let item = try TrainingItem.fetchOne(db, key: number) else {
        throw TrainingError.unknownItem(reference)
      }
      return item
    }
    guard let trainee else { throw TrainingError.unknownItem(reference) }
    for assignment in try assignments(trainee: trainee, in: db).reversed() {
      guard let id = assignment.id else { continue }
      if let item = try items(of: id, in: db).first(where: { $0.key == reference }) { return item }
    }
    throw TrainingError.unknownItem(reference)
  }

  /// The trainer's sign-off on a sign-off item (by number, or by key in `trainee`'s newest
  /// plan), with a note. Needs `manager`; refuses while prerequisites are open.
  @discardableResult
  public func signOff(_ reference: String, trainee: String? = nil, note: String, by signer: Signer) throws
    -> TrainingItem
  {
    guard signer.holds("manager") else {
      throw TrainingError.notPermitted(user: signer.userName, action: "sign off plan items", role: "manager")
    }
    let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !note.isEmpty else { throw TrainingError.emptyText(field: .note) }
    return try transaction { db in
      var item = try Self.item(reference, trainee: trainee, in: db)
      guard item.kind == .signOff else {
        throw TrainingError.notSignable(item: reference, reason: "not a sign-off item")
      }
      guard item.signedAt == nil else {
        throw TrainingError.notSignable(item: reference, reason: "already signed")
      }
      guard let assignment = try Assignment.fetchOne(db, key: item.assignmentID) else {
        throw TrainingError.unknownItem(reference)
      }
      let evaluated = try evaluate(assignment, in: db)
      let waiting = evaluated.first { $0.item.id == item.id }?.waitingFor ?? []
      guard waiting.isEmpty else { throw TrainingError.blocked(item: item.key, waitingFor: waiting) }
      let before = item
      item.signedBy = signer.userName
      item.signedAt = clock.now().utcTimestamp
      item.note = note
      try item.update(db)
      try audit(
        "training.sign-off", trainee: assignment.trainee, actor: signer.userName, before: before, after: item,
        in: db)
      return item
    }
  }

  func evaluate(_ assignment: Assignment, in db: Database) throws -> [ItemProgress] {
    guard let id = assignment.id else { return [] }
    return ItemEvaluator(
      acknowledgements: try Self.acknowledgements(of: assignment.trainee, in: db),
      attempts: try Self.attempts(of: assignment.trainee, in: db), today: today
    ).evaluate(try Self.items(of: id, in: db))
  }
}
