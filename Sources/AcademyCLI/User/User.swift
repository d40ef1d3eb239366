import ArgumentParser

extension Academy {
  /// `academy user ...`: accounts, roles and passwords.
  struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "user",
      abstract: "Add and list users.",
      subcommands: [Add.self, List.self, ReleaseSigning.self]
    )
  }
}
