import ArgumentParser
import CaseSim
import CivilCalendar
import Foundation

extension AccountFormat: ExpressibleByArgument {}

extension Academy {
  /// `academy case generate`: stream generated accounts for a scenario and seed.
  ///
  /// Synchronous on purpose: `runAsRoot` runs it on the main thread (and its malloc arena)
  /// instead of hopping to a cooperative worker thread.
  struct CaseGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "generate",
      abstract: "Generate customer accounts from a scenario, deterministically from a seed.")

    @Option(help: "Scenario id (file name without .yaml).") var scenario: String
    @Option(help: "Seed: the same seed gives the same accounts, byte for byte.") var seed: UInt64
    @Option(help: "Number of accounts.") var count = 1
    @Option(help: "json, ndjson or csv.") var format: AccountFormat = .json
    @Option(name: .customLong("as-of"), help: "Case start YYYY-MM-DD (default: the scenario's as_of).")
    var asOf: String?
    @Option(help: "Directory of scenario files.") var scenarios = "scenarios"
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func validate() throws {
      guard (1...AccountPipeline.maximumCount).contains(count) else {
        throw ValidationError("--count must be from 1 to \(AccountPipeline.maximumCount)")
      }
      if let asOf, CivilDate(iso: asOf) == nil {
        throw ValidationError(
          "--as-of '\(asOf)' is not a date YYYY-MM-DD from \(CivilDate.supportedRangeText)")
      }
    }

    func run() throws {
      let loaded = try ScenarioLibrary(directory: scenarios).scenario(id: scenario)
      let generator = AccountGenerator(scenario: loaded, asOf: asOf.flatMap(CivilDate.init(iso:)))
      var stream = if let output { try OutputStream(path: output) } else { OutputStream() }
      defer { stream.close() }
      var progress = Progress(total: count)
      let pipeline = AccountPipeline(
        generator: generator, encoder: AccountEncoder(format: format), seed: seed, count: count)
      try pipeline.run(into: &stream) { progress.advance(to: $0) }
      progress.finish()
    }
  }
}
