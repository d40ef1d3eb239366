import CaseSim
import Foundation
import TrainingKit

/// Live cases rebuilt in this process, so a request does not replay a whole case: each entry
/// is a case's simulation after its first `live.commandCount` commands. The database stays
/// the truth: every use reads the stored count first and replays only the commands another
/// instance added since; an entry is put back only after its write committed.
///
/// `@unchecked Sendable`: `entries` and `uses` are only touched while `lock` is held.
final class LiveCaseCache: @unchecked Sendable {
  /// A rebuilt case.
  struct Entry {
    var live: LiveCase
    var attempt: CaseAttempt
    var simulation: CaseSimulation
    /// The score, once the case is finished.
    var report: ScoreReport?
  }

  /// Cases kept; the least recently used goes first (a rebuild costs a replay, nothing more).
  static let capacity = 512

  private let lock = NSLock()
  private var entries: [String: (entry: Entry, use: Int)] = [:]
  private var uses = 0

  func entry(_ id: String) -> Entry? {
    lock.withLock {
      guard let found = entries[id] else { return nil }
      uses += 1
      entries[id] = (found.entry, uses)
      return found.entry
    }
  }

  func put(_ entry: Entry) {
    lock.withLock {
      uses += 1
      entries[entry.live.id] = (entry, uses)
      if entries.count > Self.capacity, let oldest = entries.min(by: { $0.value.use < $1.value.use })?.key {
        entries[oldest] = nil
      }
    }
  }

  func remove(_ id: String) {
    lock.withLock { entries[id] = nil }
  }
}
