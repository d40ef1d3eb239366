import CaseSim
import CivilCalendar
import TestSupport
import Testing

@testable import TrainingKit

@Suite struct WorkingDaysTests {
  func day(_ text: String) throws -> CivilDate { try #require(CivilDate(iso: text)) }

  @Test func addingSkipsWeekends() throws {
    #expect(WorkingDays.adding(0, to: try day("2026-03-02")).iso == "2026-03-02")
    #expect(WorkingDays.adding(4, to: try day("2026-03-02")).iso == "2026-03-06")
    #expect(WorkingDays.adding(5, to: try day("2026-03-02")).iso == "2026-03-09")
    #expect(WorkingDays.adding(1, to: try day("2026-03-07")).iso == "2026-03-10")  // Saturday rolls to Monday
    #expect(WorkingDays.adding(29, to: try day("2026-03-02")).iso == "2026-04-10")
  }

  @Test func betweenCountsWorkingDaysAfterTheFirst() throws {
    #expect(WorkingDays.between(try day("2026-03-02"), try day("2026-03-02")) == 0)
    #expect(WorkingDays.between(try day("2026-03-06"), try day("2026-03-09")) == 1)
    #expect(WorkingDays.between(try day("2026-03-02"), try day("2026-03-16")) == 10)
    #expect(WorkingDays.between(try day("2026-03-16"), try day("2026-03-02")) == 0)
  }

  @Test func addingAndBetweenAgree() throws {
    let start = try day("2026-03-02")
    for count in 0..<40 {
      #expect(WorkingDays.between(start, WorkingDays.adding(count, to: start)) == count)
    }
  }
}
