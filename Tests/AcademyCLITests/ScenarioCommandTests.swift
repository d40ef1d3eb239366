import ArgumentParser
import CaseSim
import Foundation
import Testing

@testable import AcademyCLI

@Suite struct ScenarioCommandTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios").path

  @Test func parsesListAndLint() throws {
    let list = try Academy.parseAsRoot([
      "scenario", "list", "--format", "json", "--scenarios", Self.scenarios,
    ])
    #expect((list as? Academy.ScenarioList)?.format == .json)
    let lint = try Academy.parseAsRoot(["scenario", "lint", "a.yaml", "b.yaml", "--sops", "x"])
    #expect((lint as? Academy.ScenarioLint)?.paths == ["a.yaml", "b.yaml"])
  }

  @Test func lintPassesTheShippedScenarios() async throws {
    var command = try Academy.parseAsRoot(["scenario", "lint", Self.scenarios, "--sops", "/nonexistent"])
    guard var lint = command as? Academy.ScenarioLint else { throw ValidationError("not lint") }
    try await lint.run()
    command = lint
  }

  @Test func lintFailsOnABrokenScenario() async throws {
    let path = NSTemporaryDirectory() + "broken-\(UUID().uuidString).yaml"
    try "id: x\ntitle: X\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard
      var lint = try Academy.parseAsRoot(["scenario", "lint", path, "--sops", "/nonexistent"])
        as? Academy.ScenarioLint
    else { throw ValidationError("not lint") }
    await #expect(throws: ExitCode.failure) { try await lint.run() }
  }

  @Test func listsScenariosAsJSON() throws {
    let loaded = try ["broken-promise-es", "forgetful-payer"].map {
      try ScenarioLibrary.load(path: "\(Self.scenarios)/\($0).yaml")
    }
    let json = Academy.ScenarioList.render(loaded, format: .json)
    #expect(json.hasPrefix("[{\"id\":\"broken-promise-es\",\"title\":\"Distribuidora española"))
    #expect(
      json.contains(
        "{\"id\":\"forgetful-payer\",\"title\":\"A forgetful but willing payer with overdue invoices\",\"language\":\"en\",\"difficulty\":1,\"sops\":[\"COL-002\",\"COL-003\"]}"
      ))
  }
}
