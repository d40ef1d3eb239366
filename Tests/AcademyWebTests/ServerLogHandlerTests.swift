import Foundation
import Testing

@testable import AcademyWeb

/// Log lines carry the time in UTC, worked out without a calendar.
@Suite struct ServerLogHandlerTests {
  @Test func timestampsAreUTCToTheSecond() {
    #expect(
      ServerLogHandler.timestamp(Date(timeIntervalSince1970: 1_796_287_212.75)) == "2026-12-03T08:40:12Z")
    #expect(ServerLogHandler.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    #expect(ServerLogHandler.timestamp(Date(timeIntervalSince1970: 951_868_799)) == "2000-02-29T23:59:59Z")
  }
}
