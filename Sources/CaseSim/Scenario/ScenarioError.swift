import Foundation

/// Why a scenario could not be used.
public enum ScenarioError: Error, Sendable, Equatable {
  /// No `<id>.yaml` in the scenario directory.
  case notFound(id: String, directory: String)
  /// The file has lint errors; the first one is given.
  case invalid(path: String, firstError: String, errorCount: Int)
  /// The scenario names a behaviour profile that does not exist.
  case unknownBehaviour(path: String, name: String)
}

extension ScenarioError: LocalizedError {
  /// What is wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .notFound(let id, let directory):
      return
        "\(directory)/\(id).yaml: no such scenario in \(directory); pick one of the scenarios listed there"
    case .invalid(let path, let firstError, let count):
      return
        "\(path): scenario has \(count) error(s), first: \(firstError); lint it for the others"
    case .unknownBehaviour(let path, let name):
      return "\(path): behaviour profile '\(name)' does not exist; use default, prompt or slow"
    }
  }
}
