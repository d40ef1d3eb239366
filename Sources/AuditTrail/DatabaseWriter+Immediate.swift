import GRDB

extension DatabaseWriter {
  /// Runs `body` in an IMMEDIATE transaction and returns its result. The write lock is taken
  /// before the first read, so two writers never both read the same state and then both
  /// write; every state change and its audit entry go through here and commit together.
  public func immediateTransaction<T>(_ body: (Database) throws -> T) throws -> T {
    try writeWithoutTransaction { db in
      var result: T?
      try db.inTransaction(.immediate) {
        result = try body(db)
        return .commit
      }
      guard let result else { preconditionFailure("a committed transaction always ran its body") }
      return result
    }
  }
}
