import GRDB
import People
import SOPKit
import TrainingKit

extension AcademyDatabase {
  /// The training store over the same database and clock.
  public var training: TrainingStore { TrainingStore(writer: pool, clock: clock) }

  /// The training use cases (assign, acknowledge, sign off, risks, progress, changes, retraining).
  public var plans: Plans { Plans(training: training, people: people) }

  /// The training reports and exports.
  public var reports: Reports { Reports(training: training, people: people) }

  /// Run by the SOP store inside the transaction of the signature that puts a revision in
  /// force today: the retraining it calls for is created in that same transaction.
  var retrainingHook: @Sendable (String, Database) throws -> Void {
    { [training] _, db in _ = try training.applyRetraining(in: db) }
  }
}
