import GRDB
import SOPKit

extension TrainingStore {
  /// The trainee's acknowledgement of the revision of `sopID` in force today: an
  /// e-signature bound to that revision's SHA-256 (the caller authenticates the signer).
  /// Refuses when nothing is in force, when that revision is already acknowledged, and when
  /// every open plan item for the SOP waits for prerequisites.
  @discardableResult
  public func acknowledge(_ sopID: String, by signer: Signer) throws -> Acknowledgement {
    try transaction { db in
      let revisions = try StoredRevision.filter(Column("sop_id") == sopID).order(Column("sequence")).fetchAll(
        db)
      guard !revisions.isEmpty else { throw TrainingError.unknownSOP(sopID) }
      let facts = try Self.sopFacts(on: today, in: db)[sopID]
      guard let current = facts?.current,
        let stored = revisions.first(where: { $0.sequence == current.sequence })
      else { throw TrainingError.noCurrentRevision(sopID: sopID) }
      let previous = try Self.acknowledgements(of: signer.userName, in: db)
      if previous.contains(where: { $0.sopID == sopID && $0.revisionHash == stored.hash }) {
        throw TrainingError.alreadyAcknowledged(sopID: sopID, number: stored.number)
      }
      try refuseWhenBlocked(sopID, trainee: signer.userName, in: db)
      var ack = Acknowledgement(
        trainee: signer.userName, printedName: signer.printedName, sopID: sopID,
        revisionNumber: stored.number,
        revisionSequence: stored.sequence, revisionHash: stored.hash, signedAt: clock.now().utcTimestamp)
      try ack.insert(db)
      try audit(
        "training.acknowledge", trainee: signer.userName, actor: signer.userName,
        before: Acknowledgement?.none,
        after: ack, in: db)
      return ack
    }
  }

  private func refuseWhenBlocked(_ sopID: String, trainee: String, in db: Database) throws {
    var open: [ItemProgress] = []
    for assignment in try Self.assignments(trainee: trainee, in: db) {
      open += try evaluate(assignment, in: db).filter { $0.item.sopID == sopID && !$0.isDone }
    }
    guard !open.isEmpty, open.allSatisfy({ $0.state == .blocked }), let first = open.first else { return }
    throw TrainingError.blocked(item: first.item.key, waitingFor: first.waitingFor)
  }
}
