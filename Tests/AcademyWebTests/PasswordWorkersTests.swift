import Foundation
import Synchronization
import Testing

@testable import AcademyWeb

/// bcrypt runs on the pool's own threads, so a burst of checks leaves the task threads free.
@Suite struct PasswordWorkersTests {
  @Test func jobsRunOnThePoolsThreadsAndABurstLeavesTheTaskThreadsFree() async throws {
    let pool = PasswordWorkers(threadCount: 1)
    #expect(try await pool.run { PasswordWorkers.onPoolThread })
    #expect(!PasswordWorkers.onPoolThread)
    // Twice as many blocking jobs as there are cores: each waits for a gate that opens only
    // after the small tasks below have run. Run inline, the jobs would hold every task thread,
    // the small tasks could not run, and every job would time out instead of seeing the gate
    // open. No wall-clock ratio: the outcome does not depend on how loaded the machine is.
    let gate = DispatchSemaphore(value: 0)
    let started = StartedJobs()
    let jobs = 2 * ProcessInfo.processInfo.activeProcessorCount
    let burst = Task {
      try await withThrowingTaskGroup(of: Bool.self) { group in
        for _ in 0..<jobs {
          group.addTask {
            try await pool.run {
              started.count.add(1, ordering: .sequentiallyConsistent)
              return gate.wait(timeout: .now() + 60) == .success
            }
          }
        }
        return try await group.reduce(into: [Bool]()) { $0.append($1) }
      }
    }
    // The small tasks start only once a job holds a thread, so they queue behind the burst.
    while started.count.load(ordering: .sequentiallyConsistent) == 0 {
      try await Task.sleep(nanoseconds: 1_000_000)
    }
    let sum = await withTaskGroup(of: Int.self) { group in
      for value in 1...100 { group.addTask { value } }
      return await group.reduce(0, +)
    }
    for _ in 0..<jobs { gate.signal() }
    let sawGateOpen = try await burst.value
    #expect(sum == 5050)
    #expect(sawGateOpen.count == jobs)
    #expect(sawGateOpen.allSatisfy { $0 })
  }
}

/// How many jobs have begun; a class so the escaping job closures can share one atomic.
private final class StartedJobs: Sendable {
  let count = Atomic<Int>(0)
}
