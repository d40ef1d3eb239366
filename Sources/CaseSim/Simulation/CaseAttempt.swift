import SOPKit

/// Runs a whole recorded attempt: generate the account, play the commands, finish, score.
public struct CaseAttempt: Sendable {
  /// The scenario.
  public let scenario: Scenario
  /// The governing revisions.
  public let processes: [GoverningProcess]

  /// Creates a runner for `scenario` under `processes`.
  public init(scenario: Scenario, processes: [GoverningProcess]) {
    self.scenario = scenario
    self.processes = processes
  }

  /// A fresh case for `seed` (account 0 of the seed's stream).
  public func start(seed: UInt64) -> CaseSimulation {
    let account = AccountGenerator(scenario: scenario).account(seed: seed, index: 0)
    return CaseSimulation(
      account: account, scenario: scenario, settings: CaseSettings(processes: processes.map(\.spec)))
  }

  /// Plays `commands` on `seed` and returns the finished record. When the commands come
  /// from an actions file at `path`, an error names the file and the entry's position.
  public func play(seed: UInt64, commands: [CaseCommand], path: String? = nil) throws -> CaseRecord {
    var simulation = start(seed: seed)
    for (offset, command) in commands.enumerated() {
      do {
        try simulation.perform(command)
      } catch let error where path != nil {
        throw SimulationError.badAction(
          path: path ?? "", index: offset + 1, detail: error.localizedDescription)
      }
    }
    return simulation.finish()
  }

  /// Plays and scores.
  public func score(seed: UInt64, commands: [CaseCommand], path: String? = nil) throws -> ScoreReport {
    ProcessScorer(processes: processes).score(
      try play(seed: seed, commands: commands, path: path), passMark: scenario.passMark)
  }
}
