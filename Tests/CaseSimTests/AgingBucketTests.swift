import Testing

@testable import CaseSim

@Suite struct AgingBucketTests {
  @Test(arguments: [
    (-5, AgingBucket.current), (0, .current), (1, .days1To30), (30, .days1To30), (31, .days31To60),
    (60, .days31To60), (61, .days61To90), (90, .days61To90), (91, .days91To120), (120, .days91To120),
    (121, .over120), (5000, .over120),
  ])
  func boundaryDaysFallInTheLowerBucket(daysPastDue: Int, expected: AgingBucket) {
    #expect(AgingBucket(daysPastDue: daysPastDue) == expected)
    #expect(expected.daysPastDue.contains(daysPastDue))
  }

  @Test func rawValuesAreTheReportLabels() {
    #expect(AgingBucket.allCases.map(\.rawValue) == ["current", "1-30", "31-60", "61-90", "91-120", "120+"])
  }

  @Test func bucketsADueDateSeenOnAGivenDay() throws {
    // 2024-01-15 + 31 days = 2024-02-15 (January has 31 days).
    #expect(AgingBucket(dueDate: try date("2024-01-15"), asOf: try date("2024-02-14")) == .days1To30)
    #expect(AgingBucket(dueDate: try date("2024-01-15"), asOf: try date("2024-02-15")) == .days31To60)
  }
}
