import Testing

@testable import CaseSim

@Suite struct CivilDateTests {
  @Test func roundTripsISODates() throws {
    let date = try #require(CivilDate(iso: "2024-02-29"))
    #expect(date.iso == "2024-02-29")
    #expect(date.adding(days: 1).iso == "2024-03-01")
    #expect(CivilDate(iso: "2023-02-29") == nil)
  }

  @Test func addsMonthsClampingToTheLastDay() throws {
    let date = try #require(CivilDate(iso: "2024-01-31"))
    #expect(date.adding(months: 1).iso == "2024-02-29")
    #expect(date.adding(months: -2).iso == "2023-11-30")
  }

  @Test func knowsTheWeekday() throws {
    #expect(try #require(CivilDate(iso: "2026-11-29")).isoWeekday == 7)
  }
}
