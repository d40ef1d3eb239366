import Foundation
import SOPKit

@testable import CaseSim

/// The shipped scenarios, found from this file's location.
enum ScenarioFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios").path

  static func shipped(_ id: String) throws -> Scenario {
    try ScenarioLibrary(directory: directory).scenario(id: id)
  }

  static func parse(_ yaml: String, path: String = "test.yaml") -> (Scenario?, [Finding]) {
    Scenario.load(SourceFile(path: path, text: yaml))
  }
}
