import ArgumentParser

extension Academy {
  /// `academy sop ...`: lint, render, export, import and approve SOP documents.
  struct SOP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sop",
      abstract: "Lint, render, export, import, approve, compare and search SOP documents.",
      subcommands: [
        Lint.self, Render.self, Export.self, Import.self, Submit.self, Approve.self, Reject.self,
        Obsolete.self,
        History.self, Show.self, List.self, Diff.self, Search.self,
      ]
    )
  }
}
