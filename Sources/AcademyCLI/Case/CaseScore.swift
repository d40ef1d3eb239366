import AcademyServices
import ArgumentParser
import CaseSim
import Foundation

extension Academy {
  /// `academy case score`: replay a recorded attempt and score it against the SOPs in force.
  /// `--as` a trainee puts it on their record: it then needs their proof and is scored against
  /// the store's revisions in force today.
  struct CaseScore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "score",
      abstract: "Play a recorded attempt (JSON actions file) on a case and score it against its SOPs.")

    /// Output formats.
    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "Scenario id (file name without .yaml).") var scenario: String
    @Option(help: "Seed of the case.") var seed: UInt64
    @Option(help: "Actions file (docs/actions-format.md).") var actions: String
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "Folder of SOP files used when the store has no revision in force.") var sops = "sops"
    @OptionGroup var store: StoreOptions
    @OptionGroup var feedback: FeedbackOptions
    @Option(help: "Directory of scenario files.") var scenarios = "scenarios"
    @Option(help: .hidden) var bench: Int?

    func run() async throws {
      let loaded = try ScenarioLibrary(directory: scenarios).scenario(id: scenario)
      let startedAt = Date()
      let recorded = try RecordedAttempt.begin(
        loaded, sops: sops, store: store, marked: false, command: "case score --as")
      let processes =
        try recorded?.processes
        ?? GoverningSOPs(sopsFolder: sops, dataFolder: store.dataFolder).processes(for: loaded)
      let file = try ActionsFile.load(path: actions)
      let attempt = CaseAttempt(scenario: recorded?.scenario ?? loaded, processes: processes)
      let report = try attempt.score(seed: seed, commands: file.commands, path: actions)
      if let bench {
        // Different seeds give different logs; an attempt whose selectors fail on a seed is skipped.
        let others = (1..<16).compactMap { try? attempt.play(seed: seed &+ $0, commands: file.commands) }
        print(
          ScoreBenchmark.run(
            [report.record] + others, processes: processes, passMark: loaded.passMark, attempts: bench))
        return
      }
      let words = try feedback.feedback()
      print(format == .json ? report.json(in: words) : report.text(in: words), terminator: "")
      try recorded?.record(report, startedAt: startedAt)
    }
  }
}
