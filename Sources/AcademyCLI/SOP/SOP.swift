import ArgumentParser

extension Academy {
  /// `academy sop ...`: lint, render and export SOP documents.
  struct SOP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sop",
      abstract: "Lint, render and export SOP documents.",
      subcommands: [Lint.self, Render.self, Export.self]
    )
  }
}
