import ArgumentParser

extension Academy {
  /// `academy finance ...`: Collections finance rules: late-payment interest and more.
  struct Finance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "finance",
      abstract: "Collections finance rules: late-payment interest, concurso claim deadlines.",
      subcommands: [LateInterest.self, ClaimDeadlineCommand.self]
    )
  }
}
