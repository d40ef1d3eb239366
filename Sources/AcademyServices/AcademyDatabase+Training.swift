import TrainingKit

extension AcademyDatabase {
  /// The training store over the same database and clock.
  public var training: TrainingStore { TrainingStore(writer: pool, clock: clock) }
}
