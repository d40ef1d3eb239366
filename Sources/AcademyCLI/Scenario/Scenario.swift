import ArgumentParser

extension Academy {
  /// `academy scenario ...`: List and lint practice scenarios.
  struct Scenario: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scenario",
      abstract: "List and lint practice scenarios.",
      subcommands: [ScenarioList.self, ScenarioLint.self]
    )
  }
}
