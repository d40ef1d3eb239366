import Foundation
import Testing

@testable import AcademyWeb

/// bcrypt runs on the pool's own threads, so a burst of checks leaves the task threads free.
@Suite struct PasswordWorkersTests {
  @Test func jobsRunOnThePoolsThreadsAndABurstLeavesTheTaskThreadsFree() async throws {
    let pool = PasswordWorkers(threadCount: 1)
    #expect(try await pool.run { PasswordWorkers.onPoolThread })
    #expect(!PasswordWorkers.onPoolThread)
    let started = DispatchTime.now().uptimeNanoseconds
    // Twice as many 100 ms jobs as there are cores: inline they would hold every task thread.
    let burst = Task {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for _ in 0..<(2 * ProcessInfo.processInfo.activeProcessorCount) {
          group.addTask { try await pool.run { Thread.sleep(forTimeInterval: 0.1) } }
        }
        try await group.waitForAll()
      }
    }
    try await Task.sleep(nanoseconds: 20_000_000)
    // Work on the task threads (here: many small tasks) is done long before the burst.
    let sum = await withTaskGroup(of: Int.self) { group in
      for value in 1...100 { group.addTask { value } }
      return await group.reduce(0, +)
    }
    let readDone = DispatchTime.now().uptimeNanoseconds
    try await burst.value
    let burstDone = DispatchTime.now().uptimeNanoseconds
    #expect(sum == 5050)
    #expect(readDone - started < (burstDone - started) / 2)
  }
}
