import ArgumentParser
import Foundation
import Testing

@testable import AcademyCLI

@Suite struct CaseCommandTests {
  func generate(_ arguments: [String]) async throws -> String {
    let path = NSTemporaryDirectory() + "accounts-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let command = try Academy.parseAsRoot(
      ["case", "generate", "--scenarios", ScenarioCommandTests.scenarios, "--output", path] + arguments)
    guard var generate = command as? Academy.CaseGenerate else { throw ValidationError("not generate") }
    try generate.run()
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func generatesTheSameBytesForTheSameSeed() async throws {
    let first = try await generate([
      "--scenario", "portfolio", "--seed", "11", "--count", "40", "--format", "ndjson",
    ])
    let second = try await generate([
      "--scenario", "portfolio", "--seed", "11", "--count", "40", "--format", "ndjson",
    ])
    let other = try await generate([
      "--scenario", "portfolio", "--seed", "12", "--count", "40", "--format", "ndjson",
    ])
    #expect(first == second)
    #expect(first != other)
    #expect(first.split(separator: "\n").count == 40)
  }

  @Test func streamsAccountsIndependentlyOfTheCount() async throws {
    let many = try await generate([
      "--scenario", "forgetful-payer", "--seed", "3", "--count", "5", "--format", "ndjson",
    ])
    let one = try await generate(["--scenario", "forgetful-payer", "--seed", "3", "--format", "ndjson"])
    #expect(many.split(separator: "\n").first == one.split(separator: "\n").first)
  }

  @Test func writesAJSONArrayAndCSVRows() async throws {
    let json = try await generate(["--scenario", "broken-promise-es", "--seed", "1", "--count", "2"])
    let array = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any]
    #expect(array?.count == 2)
    let csv = try await generate(["--scenario", "broken-promise-es", "--seed", "1", "--format", "csv"])
    let rows = csv.split(separator: "\n")
    #expect(rows.first?.hasPrefix("account_id,scenario,seed,index,as_of,customer_number,legal_name") == true)
    #expect(rows.count >= 5)  // header + 4-5 open invoices
    #expect(
      rows.dropFirst().allSatisfy { $0.hasPrefix("broken-promise-es-1-0,broken-promise-es,1,0,2026-03-02,") })
  }

  @Test func overridesAsOf() async throws {
    let text = try await generate([
      "--scenario", "forgetful-payer", "--seed", "1", "--format", "ndjson", "--as-of", "2026-06-30",
    ])
    #expect(text.contains("\"as_of\":\"2026-06-30\""))
  }

  @Test func rejectsBadArguments() {
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["case", "generate", "--scenario", "x", "--seed", "1", "--count", "0"])
    }
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["case", "generate", "--scenario", "x", "--seed", "1", "--as-of", "2026-13-01"])
    }
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["case", "generate", "--scenario", "x", "--seed", "-1"])
    }
  }

  @Test func reportsAMissingScenario() async throws {
    await #expect(throws: (any Error).self) { _ = try await generate(["--scenario", "nope", "--seed", "1"]) }
  }
}
