import Foundation
import SOPKit

/// The plan templates of a folder (`plans/`).
public struct PlanCatalog: Sendable {
  /// The folder.
  public let directory: String

  /// Creates a catalog over `directory`.
  public init(directory: String) {
    self.directory = directory
  }

  /// Paths of the `*.yaml` files, sorted.
  public func paths() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
  }

  /// Loads template `id`, refusing a file with errors (ids of SOPs and scenarios are checked
  /// by `PlanLinter` with the library at hand).
  public func template(id: String, linter: PlanLinter) throws -> PlanTemplate {
    let path = "\(directory)/\(id).yaml"
    guard FileManager.default.fileExists(atPath: path) else {
      throw TrainingError.unknownTemplate(id: id, directory: directory)
    }
    let file: SourceFile
    do { file = try SourceFile.read(path) } catch {
      throw TrainingError.invalidTemplate(path: path, firstError: error.localizedDescription, count: 1)
    }
    let (template, findings) = linter.lint(file)
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty, let template else {
      throw TrainingError.invalidTemplate(
        path: path, firstError: errors.first?.formatted ?? "unreadable", count: max(errors.count, 1))
    }
    return template
  }
}
