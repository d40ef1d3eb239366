import TestSupport
import Testing

@testable import SOPKit

@Suite struct RevisionTimelineTests {
  @Test func futureEffectiveDateKeepsThePreviousCurrent() {
    let timeline = RevisionTimeline(entries: [
      .init(sequence: 1, state: .approved, effectiveOn: "2026-01-01"),
      .init(sequence: 2, state: .approved, effectiveOn: "2026-06-01"),
      .init(sequence: 3, state: .draft),
    ])
    #expect(timeline.current(on: "2025-12-31") == nil)
    #expect(timeline.current(on: "2026-05-31") == 1)
    #expect(timeline.state(of: 2, on: "2026-05-31") == .approved)
    #expect(timeline.current(on: "2026-06-01") == 2)
    #expect(timeline.state(of: 1, on: "2026-06-01") == .superseded)
    #expect(timeline.state(of: 2, on: "2026-06-01") == .effective)
    #expect(timeline.state(of: 3, on: "2026-06-01") == .draft)
  }

  @Test func newerApprovalOutranksAnOlderPendingOne() {
    let timeline = RevisionTimeline(entries: [
      .init(sequence: 1, state: .approved, effectiveOn: "2026-03-01"),
      .init(sequence: 2, state: .approved, effectiveOn: "2026-01-20"),
    ])
    #expect(timeline.current(on: "2026-04-01") == 2)
    #expect(timeline.state(of: 1, on: "2026-04-01") == .superseded)
  }

  @Test func obsoleteIsNeverCurrent() {
    let timeline = RevisionTimeline(entries: [
      .init(sequence: 1, state: .obsolete, effectiveOn: "2026-01-01", obsoletedOn: "2026-05-01"),
      .init(sequence: 2, state: .obsolete, effectiveOn: "2026-02-01", obsoletedOn: "2026-05-01"),
    ])
    #expect(timeline.current(on: "2026-04-30") == 2)
    #expect(timeline.current(on: "2026-05-01") == nil)
    #expect(timeline.state(of: 2, on: "2026-05-02") == .obsolete)
  }

  @Test func reviewDueAddsMonthsClamped() {
    #expect(ReviewSchedule.dueDate(effectiveOn: "2026-01-31", everyMonths: 1) == "2026-02-28")
    #expect(ReviewSchedule.isDue(dueDate: "2026-03-10", today: "2026-03-01", within: 9))
    #expect(!ReviewSchedule.isDue(dueDate: "2026-03-10", today: "2026-03-01", within: 8))
  }
}
