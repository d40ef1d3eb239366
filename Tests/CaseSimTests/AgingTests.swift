import Testing

@testable import CaseSim

@Suite struct AgingTests {
  @Test func daysPastDueAreCalendarDaysFromTheDueDate() throws {
    let due = try date("2024-02-28")
    #expect(Aging.daysPastDue(dueDate: due, asOf: due) == 0)
    #expect(Aging.daysPastDue(dueDate: due, asOf: try date("2024-02-27")) == -1)
    // 2024 is a leap year: Feb 29 counts.
    #expect(Aging.daysPastDue(dueDate: due, asOf: try date("2024-03-01")) == 2)
  }
}
