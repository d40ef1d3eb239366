import ArgumentParser

extension Academy {
  /// `academy audit ...`: the hash-chained audit trail.
  struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "audit",
      abstract: "Verify and read the audit trail.",
      subcommands: [Verify.self, Checkpoint.self, Log.self]
    )
  }
}
