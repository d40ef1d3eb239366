import ArgumentParser
import Foundation
import Testing

@testable import AcademyCLI

@Suite struct FinanceClaimDeadlineTests {
  /// The shipped SOPs, from the package root, and a data folder that does not exist.
  func output(_ arguments: [String]) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-academy-\(UUID())").path
    let command = try Academy.parseAsRoot(
      ["finance", "claim-deadline", "--sops", root.appendingPathComponent("sops").path, "--data", missing]
        + arguments)
    return try #require(command as? Academy.Finance.ClaimDeadlineCommand).output()
  }

  @Test func givesTheLegalLastDayAndCOL009sTargetAsJSON() throws {
    // Published 31 March: no 31 April, so the month ends on 30 April; COL-009 files within 20 days.
    let json = try output(["--published", "2026-03-31", "--format", "json"])
    #expect(
      json
        == "{\"published\":\"2026-03-31\",\"last_day\":\"2026-04-30\",\"internal_target\":\"2026-04-20\","
        + "\"target_source\":\"COL-009 working copy\"}\n")
  }

  @Test func printsTheDeadlinesForPeople() throws {
    let text = try output(["--published", "2026-03-10"])
    #expect(text.contains("Legal last day:         2026-04-10"))
    #expect(text.contains("Internal target:        2026-03-30 (COL-009 working copy)"))
  }

  @Test func refusesADateThatIsNotOne() {
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["finance", "claim-deadline", "--published", "31/03/2026"])
    }
  }
}
