import ArgumentParser
import CaseSim
import Foundation
import SOPKit

extension Academy {
  /// `academy scenario lint`: check scenario files, print findings, exit 1 on errors.
  struct ScenarioLint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint", abstract: "Check scenario files against docs/scenario-format.md.")

    @Argument(help: "Scenario files or directories (default: scenarios).") var paths: [String] = []
    @Option(help: "SOP library whose ids scenarios may name.") var sops = "sops"

    func run() async throws {
      let library = SOPLibrary.load([sops])
      let known = library.documents.isEmpty ? nil : Set(library.documents.compactMap(\.id))
      if known == nil {
        FileHandle.standardError.write(
          Data("warning: no SOP files in '\(sops)'; SOP ids were not checked (pass --sops DIR)\n".utf8))
      }
      let linter = ScenarioLinter(knownSOPs: known)
      let findings = Self.files(paths.isEmpty ? ["scenarios"] : paths).flatMap { path in
        do {
          return linter.lint(try SourceFile.read(path))
        } catch {
          return [
            Finding(
              path: path, line: 0, severity: .error, message: error.localizedDescription,
              rule: "scenario-yaml")
          ]
        }
      }
      for finding in findings { print(finding.formatted) }
      if findings.hasErrors { throw ExitCode.failure }
    }

    static func files(_ paths: [String]) -> [String] {
      paths.flatMap { path -> [String] in
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
          return ScenarioLibrary(directory: path).paths()
        }
        return [path]
      }
    }
  }
}
