import GRDB

// The value types are the rows; these conformances are all the database knows of them.

extension Assignment: FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "training_assignment"
  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension TrainingItem: FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "training_item"
  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Acknowledgement: FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "training_acknowledgement"
  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Attempt: FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "training_attempt"
  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension RaisedRisk: FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "training_risk"
  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
