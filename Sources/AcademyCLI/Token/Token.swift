import ArgumentParser

extension Academy {
  /// `academy token ...`: automation tokens an admin issues so a job can act as one user.
  struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "token",
      abstract: "Issue, list and revoke automation tokens (admin).",
      subcommands: [Issue.self, List.self, Revoke.self]
    )
  }
}
