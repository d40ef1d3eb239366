import GRDB

extension TrainingStore {
  /// Applies the retraining rule to every assignment as of today: creates the items due
  /// (each once, thanks to the unique key), each with an audit entry by `system`. Returns
  /// the items created; running it again returns none.
  @discardableResult
  public func syncRetraining() throws -> [TrainingItem] {
    try transaction { db in
      let sops = try Self.sopFacts(on: today, in: db)
      var created: [TrainingItem] = []
      for assignment in try Self.assignments(in: db) {
        guard let id = assignment.id else { continue }
        let items = try Self.items(of: id, in: db)
        for var item in RetrainingRule.newItems(for: assignment, items: items, sops: sops, today: today) {
          try item.insert(db)
          try audit(
            "training.retrain", trainee: assignment.trainee, actor: "system", before: TrainingItem?.none,
            after: item, in: db)
          created.append(item)
        }
      }
      return created
    }
  }
}
