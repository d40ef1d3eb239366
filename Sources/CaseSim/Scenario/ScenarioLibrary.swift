import Foundation
import SOPKit

/// The scenario files of a directory (`scenarios/`), in file-name order.
public struct ScenarioLibrary: Sendable {
  /// The directory read.
  public let directory: String

  /// Creates a library over `directory`.
  public init(directory: String) {
    self.directory = directory
  }

  /// Paths of the `*.yaml` files directly in the directory, sorted.
  public func paths() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
  }

  /// Loads scenario `id`, refusing a file with lint errors.
  public func scenario(id: String) throws -> Scenario {
    let path = "\(directory)/\(id).yaml"
    guard FileManager.default.fileExists(atPath: path) else {
      throw ScenarioError.notFound(id: id, directory: directory)
    }
    return try Self.load(path: path)
  }

  /// Loads and checks one scenario file (SOP ids are not checked here).
  public static func load(path: String) throws -> Scenario {
    let file = try SourceFile.read(path)
    let findings = ScenarioLinter(knownSOPs: nil).lint(file)
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty, let scenario = Scenario.load(file).scenario else {
      throw ScenarioError.invalid(
        path: path, firstError: errors.first?.formatted ?? "unreadable", errorCount: max(1, errors.count))
    }
    return scenario
  }
}
