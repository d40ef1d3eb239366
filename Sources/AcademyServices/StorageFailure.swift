import Foundation
import GRDB

/// Failures of the machine's storage that a user can be told about plainly, whichever
/// store or file raised them.
public enum StorageFailure {
  /// Whether `error` says the disk (or the database's quota) is full: SQLite's
  /// `SQLITE_FULL`, or a file write that failed with `ENOSPC` / out of space. A write that
  /// fails so is rolled back whole (one transaction per use case), so nothing was saved.
  public static func isDiskFull(_ error: any Error) -> Bool {
    if let database = error as? DatabaseError {
      return database.resultCode == .SQLITE_FULL
    }
    if let cocoa = error as? CocoaError, cocoa.code == .fileWriteOutOfSpace { return true }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain && nsError.code == Int(ENOSPC) { return true }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error { return isDiskFull(underlying) }
    return false
  }
}
