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

  /// Plays `commands` on `seed` and returns the finished record.
  public func play(seed: UInt64, commands: [CaseCommand]) throws -> CaseRecord {
    var simulation = start(seed: seed)
    for command in commands {
      try simulation.perform(command)
    }
    return simulation.finish()
  }

  /// Plays and scores.
  public func score(seed: UInt64, commands: [CaseCommand]) throws -> ScoreReport {
    ProcessScorer(processes: processes).score(
      try play(seed: seed, commands: commands), passMark: scenario.passMark)
  }
}
