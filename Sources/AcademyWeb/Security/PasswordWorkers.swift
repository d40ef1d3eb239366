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
///
/// Measured (`Benchmarks/web/mixed.py`, 2 cores, wrk at 64 connections on an SOP page while 8
/// clients post password-checked acknowledgements back to back): inline bcrypt gave 490 GET/s
/// at a p99 of 310 ms; this pool with one thread 8,957 GET/s at 18 ms (9 signatures/s); with
/// two threads (every core) reading lost a further 15% (10,395 vs 12,222 GET/s on COL-002, p99
/// 15.9 vs 12.9 ms) for 12.5 instead of 9 signatures/s. Half the cores it is.
final class PasswordWorkers: @unchecked Sendable {
  // @unchecked: `jobs` is only read or written while `condition` is locked; the threads and
  // the count never change after `init`.

  /// The process's pool: bcrypt is CPU-bound, so one pool per process, whatever the servers.
  /// `ACADEMY_PASSWORD_THREADS` overrides the size (for `Benchmarks/web/mixed.py`).
  static let shared = PasswordWorkers(threadCount: defaultThreadCount)

  static var defaultThreadCount: Int {
    if let text = ProcessInfo.processInfo.environment["ACADEMY_PASSWORD_THREADS"], let count = Int(text),
      (1...64).contains(count)
    {
      return count
    }
    return max(1, ProcessInfo.processInfo.activeProcessorCount / 2)
  }

  let threadCount: Int
  private let condition = NSCondition()
  private var jobs: [@Sendable () -> Void] = []

  init(threadCount: Int) {
    self.threadCount = threadCount
    for index in 0..<threadCount {
      let thread = Thread { [self] in work() }
      thread.name = "bcrypt-\(index)"  // Linux keeps 15 bytes of a thread name
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

  /// Whether the calling thread is one of a pool's.
  static var onPoolThread: Bool { Thread.current.threadDictionary[threadKey] != nil }
  private static let threadKey = "academy.password-worker"

  private func work() {
    Thread.current.threadDictionary[Self.threadKey] = true
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job()
    }
  }
}
