import ArgumentParser

/// The `academy` command: SOPs, case practice and training for a collections team.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct Academy: AsyncParsableCommand {
  /// Command name, abstract and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "academy",
    abstract: "Collections Academy: SOPs, case practice and training for AR collections.",
    subcommands: [
      SOP.self, Scenario.self, Case.self, Practice.self, Plan.self, Ack.self, Changes.self, Risk.self,
      Finance.self, Report.self, User.self, Token.self, Audit.self, Serve.self,
    ]
  )

  /// Creates the command (argument-parser needs it public).
  public init() {}
}

extension Academy {
  /// Parses the process arguments and runs the chosen command, awaiting async commands.
  ///
  /// The executable calls this instead of `main()`: from another module the synchronous
  /// `main()` overload wins and refuses async subcommands. It runs on the main actor so
  /// synchronous commands (rendering, linting) run on the main thread and its malloc arena,
  /// not on a worker thread whose arena grows page by page.
  @MainActor
  public static func runAsRoot(_ arguments: [String]? = nil) async {
    // Plain `sop render FILE` skips the parser: building its command tree cost more than
    // rendering a typical SOP.
    if SOP.Render.runUnparsed(arguments ?? Array(CommandLine.arguments.dropFirst())) {
      return
    }
    do {
      var command = try parseAsRoot(arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: AdvisedError.advised(error))
    }
  }
}
