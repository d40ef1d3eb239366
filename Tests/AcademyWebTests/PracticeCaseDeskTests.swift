import Foundation
import Testing

@testable import AcademyWeb

/// The in-memory desk of live cases: ownership, idle eviction and the per-trainee cap.
@Suite struct PracticeCaseDeskTests {
  @Test func casesBelongToTheirTraineeAndLeaveAfterADayIdle() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let attempt = try CaseCatalogPage.caseAttempt(harness.app, scenario: "forgetful-payer")
    let desk = CaseDesk()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let id = await desk.open(trainee: "tom.baker", attempt: attempt, seed: 1, now: start)
    #expect(await desk.live(id, trainee: "tom.baker", now: start) != nil)
    #expect(await desk.live(id, trainee: "lucia.fernandez", now: start) == nil)
    let later = start.addingTimeInterval(23 * 3600)
    #expect(await desk.live(id, trainee: "tom.baker", now: later) != nil)  // using it keeps it
    #expect(await desk.live(id, trainee: "tom.baker", now: later.addingTimeInterval(23 * 3600)) != nil)
    let idle = later.addingTimeInterval(23 * 3600 + CaseDesk.idleLimit)
    #expect(await desk.live(id, trainee: "tom.baker", now: idle) == nil)
  }

  @Test func aTraineeKeepsAtMostTenCasesAndFinishingRecordsOnce() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let attempt = try CaseCatalogPage.caseAttempt(harness.app, scenario: "forgetful-payer")
    let desk = CaseDesk()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    var ids: [String] = []
    for minute in 0...CaseDesk.perTrainee {
      ids.append(
        await desk.open(
          trainee: "tom.baker", attempt: attempt, seed: UInt64(minute),
          now: start.addingTimeInterval(Double(minute) * 60)))
    }
    let now = start.addingTimeInterval(3600)
    #expect(await desk.cases(of: "tom.baker", now: now).count == CaseDesk.perTrainee)
    #expect(await desk.live(ids[0], trainee: "tom.baker", now: now) == nil)
    let last = try #require(ids.last)
    let first = try #require(await desk.finish(last, trainee: "tom.baker", now: now))
    #expect(first.record)
    #expect(first.live.report != nil)
    let second = try #require(await desk.finish(last, trainee: "tom.baker", now: now))
    #expect(!second.record)
    await desk.recordingFailed(last)
    #expect(await desk.finish(last, trainee: "tom.baker", now: now)?.record == true)
    #expect(try await desk.perform(.wait(days: 1), on: last, trainee: "tom.baker", now: now) == nil)
  }
}
