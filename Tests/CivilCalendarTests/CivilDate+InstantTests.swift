import Foundation
import Testing

@testable import CivilCalendar

@Suite struct CivilDateInstantTests {
  /// The arithmetic agrees with Foundation's Gregorian calendar, leap days and centuries included.
  @Test func utcDayMatchesTheCalendar() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
    var instant = -2_208_988_800.0  // 1900-01-01
    while instant < 4_102_444_800 {  // 2100-01-01
      let date = Date(timeIntervalSince1970: instant + 86_399)
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      let expected = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
      #expect(CivilDate(utcDayOf: date).iso == expected)
      instant += 86_400 * 7 + 3_600
    }
    #expect(CivilDate(utcDayOf: Date(timeIntervalSince1970: 951_782_400)).iso == "2000-02-29")
    #expect(CivilDate(utcDayOf: Date(timeIntervalSince1970: -1)).iso == "1969-12-31")
  }

  @Test func midnightIsTheFirstInstantOfTheDay() throws {
    let day = try #require(CivilDate(iso: "2026-12-03"))
    #expect(day.midnightUTC == Date(timeIntervalSince1970: 1_796_256_000))
    #expect(CivilDate(utcDayOf: day.midnightUTC) == day)
    #expect(CivilDate(utcDayOf: day.midnightUTC.addingTimeInterval(-0.001)) == day.adding(days: -1))
    #expect(CivilDate(utcDayOf: day.midnightUTC.addingTimeInterval(86_399.999)) == day)
  }
}
