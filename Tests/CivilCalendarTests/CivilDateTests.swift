import Foundation
import Testing

@testable import CivilCalendar

@Suite struct CivilDateTests {
  @Test func roundTripsISODates() throws {
    let date = try #require(CivilDate(iso: "2024-02-29"))
    #expect(date.iso == "2024-02-29")
    #expect(date.adding(days: 1).iso == "2024-03-01")
    #expect(CivilDate(iso: "2023-02-29") == nil)
  }

  /// Only `YYYY-MM-DD` naming a day that exists, in the supported years: Foundation's
  /// calendars would roll 2026-02-30 over into March.
  @Test(arguments: [
    "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "26-01-01",
    "2026-01-01 ", " 2026-01-01", "2026/01/01", "+026-01-01", "2026-+1-01", "2026-01-0\u{0661}",
    "\u{FF12}026-01-01", "1899-12-31", "2200-01-01", "", "2026-01", "2026-01-01-01",
  ])
  func refusesWhatIsNotADay(_ text: String) {
    #expect(CivilDate(iso: text) == nil)
  }

  @Test func acceptsTheEdgesOfTheSupportedYears() throws {
    #expect(try #require(CivilDate(iso: "1900-01-01")).iso == "1900-01-01")
    #expect(try #require(CivilDate(iso: "2199-12-31")).iso == "2199-12-31")
    #expect(try #require(CivilDate(iso: "2000-02-29")).iso == "2000-02-29")
    #expect(CivilDate(iso: "1900-02-29") == nil)
  }

  @Test func writesYearsOutsideFourDigitsWithTheirSign() {
    #expect(CivilDate(year: 10_000, month: 1, day: 1)?.iso == "10000-01-01")
    #expect(CivilDate(year: 0, month: 3, day: 1)?.iso == "0000-03-01")
    #expect(CivilDate(year: -1, month: 12, day: 31)?.iso == "-0001-12-31")
  }

  @Test func addsMonthsClampingToTheLastDay() throws {
    let date = try #require(CivilDate(iso: "2024-01-31"))
    #expect(date.adding(months: 1).iso == "2024-02-29")
    #expect(date.adding(months: -2).iso == "2023-11-30")
  }

  @Test func knowsTheWeekday() throws {
    #expect(try #require(CivilDate(iso: "2026-11-29")).isoWeekday == 7)
  }

  /// Columns, JSON and front matter keep days as `YYYY-MM-DD` text.
  @Test func codesAsISOText() throws {
    let date = try #require(CivilDate(iso: "2026-12-03"))
    let json = try JSONEncoder().encode(["on": date])
    #expect(String(decoding: json, as: UTF8.self) == #"{"on":"2026-12-03"}"#)
    #expect(try JSONDecoder().decode([String: CivilDate].self, from: json) == ["on": date])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([String: CivilDate].self, from: Data(#"{"on":"2026-02-30"}"#.utf8))
    }
  }
}
