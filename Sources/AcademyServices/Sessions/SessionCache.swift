import Foundation
import People
import Synchronization

/// The session rows this process read last, each under the change stamp it was read at. An
/// entry is used only while the stamp is unchanged, and every change that ends a session or
/// alters its user writes an audit entry, which moves the stamp: so no instance serves a
/// session another ended. Saves the row read (a join) on all but the first request after a
/// change; the stamp costs one read of the change signal file (`ChangeStamp`).
final class SessionCache: Sendable {
  /// The row as read, with what is derived from it once. A class, so looking an entry up
  /// copies one reference, not the row's dozen strings (retain and release were 13 % of the
  /// server's CPU on the cached SOP page, perf 2026-12-04).
  final class Row: Sendable {
    let session: StoredSession?
    let expires: Date?
    /// The account's roles, decoded once.
    let roles: Set<String>

    init(_ session: StoredSession?) {
      self.session = session
      expires = session.flatMap { Date(utcTimestamp: $0.record.expiresAt) }
      roles = Set(session?.account.roleNames ?? [])
    }
  }

  struct Entry {
    var idHash: String
    var stamp: Int64
    /// The row under `stamp` (nil until read).
    var row: Row?
    /// The last session cookie of this id whose tag was checked.
    var verifiedCookie: String?
    /// The last-seen time that cookie carries.
    var verifiedSeen: TimeInterval = 0
    /// The renewed session cookie of this minute (minutes since 1970), once made.
    var renewal: (minute: Int64, cookie: String)?
  }

  /// Entries kept at most; all are dropped when full (each is re-read once).
  static let capacity = 20_000
  private let entries = Mutex<[String: Entry]>([:])

  func entry(_ id: String) -> Entry? { entries.withLock { $0[id] } }

  func store(_ id: String, _ entry: Entry) {
    entries.withLock { entries in
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[id] = entry
    }
  }

  func forget(_ id: String) { entries.withLock { $0[id] = nil } }
}
