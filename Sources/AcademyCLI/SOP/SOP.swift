import ArgumentParser

extension Academy {
  /// `academy sop ...`: lint, render and export SOP documents.
  struct SOP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sop",
      abstract: "Lint, render and export SOP documents.",
      subcommands: [
        Import.self, Submit.self, Approve.self, Reject.self, Obsolete.self, History.self, Show.self,
        List.self, Diff.self, Search.self,
      ]
    )
  }
}
