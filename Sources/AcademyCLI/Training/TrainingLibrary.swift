import ArgumentParser
import CaseSim
import SOPKit
import TrainingKit

/// Where plan templates and scenarios are read from, shared by the training commands.
struct TrainingLibrary: ParsableArguments {
  @Option(help: "Folder of plan templates.") var plans = "plans"
  @Option(help: "Folder of scenario files.") var scenarios = "scenarios"

  /// Scenario id -> governing SOPs, for every readable scenario file.
  func scenarioSOPs() -> [String: [String]] {
    var map: [String: [String]] = [:]
    for path in ScenarioLibrary(directory: scenarios).paths() {
      if let scenario = try? ScenarioLibrary.load(path: path) { map[scenario.id] = scenario.sops }
    }
    return map
  }

  /// A linter knowing the store's SOPs (when the store has any) and the scenarios folder.
  func linter(knownSOPs: Set<String>?) -> PlanLinter {
    PlanLinter(knownSOPs: knownSOPs, scenarios: scenarioSOPs())
  }
}
