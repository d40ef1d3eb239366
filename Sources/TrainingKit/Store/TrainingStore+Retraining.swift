import CivilCalendar
import GRDB

extension TrainingStore {
  /// The retraining items the rule calls for today that are not created yet: what the
  /// scheduled check (`syncRetraining`) would create. Reads only.
  public func pendingRetraining() throws -> [TrainingItem] {
    try writer.read { db in try Self.dueRetraining(on: today, in: db).flatMap(\.items) }
  }

  /// The scheduled check: applies the retraining rule to every assignment as of today and
  /// creates the items due (each once, thanks to the unique key), each with an audit entry by
  /// `system`. Writes only when there is something to create; running it again returns none.
  @discardableResult
  public func syncRetraining() throws -> [TrainingItem] {
    guard try !pendingRetraining().isEmpty else { return [] }
    return try transaction { db in try applyRetraining(in: db) }
  }

  /// Creates the retraining items due today inside the caller's transaction (the SOP store's
  /// hook when a signature puts a revision in force, and `syncRetraining`).
  @discardableResult
  public func applyRetraining(in db: Database) throws -> [TrainingItem] {
    var created: [TrainingItem] = []
    for (assignment, items) in try Self.dueRetraining(on: today, in: db) {
      for var item in items {
        try item.insert(db)
        try audit(
          "training.retrain", trainee: assignment.trainee, actor: "system", before: TrainingItem?.none,
          after: item, in: db)
        created.append(item)
      }
    }
    return created
  }

  /// An assignment and the retraining items the rule adds to it.
  typealias Due = (assignment: Assignment, items: [TrainingItem])

  /// Per assignment, the items the rule adds on `day`; assignments with none are left out.
  static func dueRetraining(on day: CivilDate, in db: Database) throws -> [Due] {
    let sops = try sopFacts(on: day, in: db)
    var due: [Due] = []
    for assignment in try assignments(in: db) {
      guard let id = assignment.id else { continue }
      // Only plans without the revisions they were built on look at acknowledgements.
      let acks = try assignment.builtOn == nil ? Self.acknowledgements(of: assignment.trainee, in: db) : []
      let items = RetrainingRule.newItems(
        for: assignment, items: try Self.items(of: id, in: db), sops: sops, acknowledgements: acks,
        today: day)
      if !items.isEmpty { due.append((assignment, items)) }
    }
    return due
  }
}
