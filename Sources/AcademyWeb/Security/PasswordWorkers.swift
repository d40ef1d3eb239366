import Foundation

/// A few threads of its own for bcrypt, so password checks never run on the task threads that
/// serve every request.
///
/// Why: bcrypt at cost 10 holds a CPU for tens of milliseconds. Run inline, a check takes one of
/// the few task threads (one per core) for that long; with 200 signed-in sessions of which a
/// quarter signed acknowledgements, throughput fell from 175 to 54 requests/s and the p99 of
/// plain GETs rose from 1.9 s to 19 s (security review, issue 15), because every task thread was
/// inside bcrypt. Here the checks queue for `threadCount` threads (half the cores, at least one),
/// so the other half of the machine, and every task thread, stays free for reading; a burst of
/// signatures waits its turn instead of stalling the pages.
final class PasswordWorkers: @unchecked Sendable {
  // @unchecked: `jobs` is only read or written while `condition` is locked; the threads and
  // the count never change after `init`.

  /// The process's pool: bcrypt is CPU-bound, so one pool per process, whatever the servers.
  static let shared = PasswordWorkers(threadCount: max(1, ProcessInfo.processInfo.activeProcessorCount / 2))

  let threadCount: Int
  private let condition = NSCondition()
  private var jobs: [@Sendable () -> Void] = []

  init(threadCount: Int) {
    self.threadCount = threadCount
    for index in 0..<threadCount {
      let thread = Thread { [self] in work() }
      thread.name = "academy-bcrypt-\(index)"
      thread.start()
    }
  }

  /// Runs `job` on a pool thread and returns its result; the calling task waits suspended.
  func run<T: Sendable>(_ job: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      condition.lock()
      jobs.append { continuation.resume(with: Result { try job() }) }
      condition.signal()
      condition.unlock()
    }
  }

  private func work() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job()
    }
  }
}
