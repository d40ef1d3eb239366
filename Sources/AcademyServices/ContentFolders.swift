import CaseSim
import SOPKit
import TrainingKit

/// The shipped content folders: SOP Markdown, scenarios and plan templates.
public struct ContentFolders: Sendable, Hashable {
  /// Folder of SOP files (`sops`).
  public var sops: String
  /// Folder of scenario files (`scenarios`).
  public var scenarios: String
  /// Folder of plan templates (`plans`).
  public var plans: String

  /// Names the three folders (relative to the working directory by default).
  public init(sops: String = "sops", scenarios: String = "scenarios", plans: String = "plans") {
    self.sops = sops
    self.scenarios = scenarios
    self.plans = plans
  }

  /// Scenario id -> governing SOPs, for every readable scenario file.
  public func scenarioSOPs() -> [String: [String]] {
    var map: [String: [String]] = [:]
    for path in ScenarioLibrary(directory: scenarios).paths() {
      if let scenario = try? ScenarioLibrary.load(path: path) { map[scenario.id] = scenario.sops }
    }
    return map
  }

  /// A plan linter knowing `knownSOPs` (nil: any id) and the scenarios folder.
  public func planLinter(knownSOPs: Set<String>?) -> PlanLinter {
    PlanLinter(knownSOPs: knownSOPs, scenarios: scenarioSOPs())
  }
}
