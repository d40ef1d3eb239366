import AcademyServices
import ArgumentParser
import TrainingKit

/// Where plan templates and scenarios are read from, shared by the training commands.
struct TrainingLibrary: ParsableArguments {
  @Option(help: "Folder of plan templates.") var plans = "plans"
  @Option(help: "Folder of scenario files.") var scenarios = "scenarios"

  /// The content folders these options name.
  var folders: ContentFolders { ContentFolders(scenarios: scenarios, plans: plans) }

  /// Scenario id -> governing SOPs, for every readable scenario file.
  func scenarioSOPs() -> [String: [String]] { folders.scenarioSOPs() }

  /// A linter knowing the store's SOPs (when the store has any) and the scenarios folder.
  func linter(knownSOPs: Set<String>?) -> PlanLinter { folders.planLinter(knownSOPs: knownSOPs) }
}
