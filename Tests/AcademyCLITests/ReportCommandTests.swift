import ArgumentParser
import CivilCalendar
import Foundation
import TestSupport
import Testing

@testable import AcademyCLI
@testable import CaseSim

@Suite struct ReportCommandTests {
  @Test func reportsAGeneratedPortfolio() async throws {
    let path = NSTemporaryDirectory() + "portfolio-\(UUID().uuidString).ndjson"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let command = try Academy.parseAsRoot([
      "case", "generate", "--scenarios", ScenarioCommandTests.scenarios, "--scenario", "portfolio", "--seed",
      "4",
      "--count", "300", "--format", "ndjson", "--output", path,
    ])
    guard var generate = command as? Academy.CaseGenerate else { throw ValidationError("not generate") }
    try await generate.run()

    var report = PortfolioReport(asOf: try #require(CivilDate(iso: "2026-03-02")), worklistSize: 10)
    var reader = try LineReader(path: path)
    var line = 0
    var openBalance: Int64 = 0
    while let data = reader.next() {
      line += 1
      try report.add(line: data, lineNumber: line, path: path)
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      openBalance += Money(decimal: object["open_balance"] as? String ?? "")?.minorUnits ?? 0
    }
    #expect(report.accounts == 300)
    #expect(report.receivables.minorUnits == openBalance)
    #expect(report.buckets.map(\.bucket) == AgingBucket.allCases)
    #expect(report.worklist.count == 10)
    #expect(zip(report.worklist, report.worklist.dropFirst()).allSatisfy { $0.points >= $1.points })
    #expect(report.dso >= report.bestPossibleDSO)
    let text = PortfolioReportRenderer.render(report, format: .text)
    #expect(text.hasPrefix("Portfolio as of 2026-03-02: 300 accounts"))
    let json = PortfolioReportRenderer.render(report, format: .json)
    #expect(
      (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["accounts"] as? Int == 300)
  }

  @Test func scoresByTheDocumentedWeights() {
    #expect(WorklistScore.amountPoints(Money(minorUnits: 12_345_600)) == 40)
    #expect(WorklistScore.amountPoints(Money(minorUnits: 999_99)) == 0)
    #expect(WorklistScore.agePoints(61) == 20)
    #expect(WorklistScore.brokenPromisePoints(5) == 30)
    #expect(
      WorklistScore.creditUsagePoints(balance: Money(minorUnits: 90), limit: Money(minorUnits: 100)) == 8)
    #expect(WorklistScore.riskPoints("E") == 15)
  }

  @Test func rejectsANonAccountLine() throws {
    var report = PortfolioReport(asOf: try #require(CivilDate(iso: "2026-03-02")))
    #expect(throws: PortfolioError.unreadableLine(path: "p.ndjson", line: 3)) {
      try report.add(line: Data("{\"id\":1}".utf8), lineNumber: 3, path: "p.ndjson")
    }
  }

  @Test func parsesTheReportCommand() throws {
    let command = try Academy.parseAsRoot([
      "report", "portfolio", "--accounts", "a.ndjson", "--as-of", "2026-03-02", "--format", "csv",
    ])
    #expect((command as? Academy.ReportPortfolio)?.format == .csv)
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["report", "portfolio", "--accounts", "a", "--as-of", "x"])
    }
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot([
        "report", "portfolio", "--accounts", "a", "--as-of", "2026-03-02", "--currency", "euros",
      ])
    }
  }
}
