import ArgumentParser

extension Academy {
  /// `academy case ...`: Generate and score simulated customer accounts.
  struct Case: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "case",
      abstract: "Generate and score simulated customer accounts.",
      subcommands: [CaseGenerate.self, CaseScore.self]
    )
  }
}
