import Foundation
import Testing

@testable import SOPKit

@Suite struct DayArithmeticTests {
  /// The arithmetic agrees with Foundation's Gregorian calendar, leap days and centuries included.
  @Test func dayStringMatchesTheCalendar() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
    var instant = -2_208_988_800.0  // 1900-01-01
    while instant < 4_102_444_800 {  // 2100-01-01
      let date = Date(timeIntervalSince1970: instant + 86_399)
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      let expected = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
      #expect(Day.string(from: date) == expected)
      instant += 86_400 * 7 + 3_600
    }
    #expect(Day.string(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29")
    #expect(Day.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31")
  }
}
