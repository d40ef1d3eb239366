import Foundation
import Testing

@testable import CaseSim

@Suite struct HalfYearTests {
  @Test func containsDatesOnEitherSideOfJuly1() throws {
    #expect(HalfYear(containing: try date("2024-06-30")).description == "2024-H1")
    #expect(HalfYear(containing: try date("2024-07-01")).description == "2024-H2")
    #expect(HalfYear(containing: try date("2024-12-31")).description == "2024-H2")
  }

  @Test func knowsItsFirstAndLastDayAndTheNextHalf() throws {
    let second = try #require(HalfYear(year: 2023, half: 2))
    #expect(second.firstDay.iso == "2023-07-01")
    #expect(second.lastDay.iso == "2023-12-31")
    #expect(second.next.description == "2024-H1")
    #expect(second.next.lastDay.iso == "2024-06-30")
    #expect(second < second.next)
  }

  @Test func parsesOnlyTheYearDashHalfForm() {
    #expect(HalfYear(text: "2025-H2") == HalfYear(year: 2025, half: 2))
    for bad in ["2025-H3", "2025-h1", "25-H1", "2025H1", "", "2025-H1-x"] {
      #expect(HalfYear(text: bad) == nil, "\(bad)")
    }
    #expect(HalfYear(year: 2025, half: 0) == nil)
  }

  @Test func encodesAsText() throws {
    let half = try #require(HalfYear(year: 2026, half: 1))
    let json = try JSONEncoder().encode([half])
    #expect(String(decoding: json, as: UTF8.self) == #"["2026-H1"]"#)
    #expect(try JSONDecoder().decode([HalfYear].self, from: json) == [half])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([HalfYear].self, from: Data(#"["2026"]"#.utf8))
    }
  }
}
