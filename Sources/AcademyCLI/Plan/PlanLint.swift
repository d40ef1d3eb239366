import ArgumentParser
import SOPKit
import TrainingKit

extension Academy.Plan {
  /// `academy plan lint [--sops DIR]`: checks every template against the SOP and scenario folders.
  struct PlanLint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint", abstract: "Check the plan templates: ids, offsets, prerequisites, cycles.")

    @Option(help: "Folder of SOP files whose ids are known.") var sops = "sops"
    @OptionGroup var library: TrainingLibrary

    func run() async throws {
      let documents = SOPLibrary.load([sops]).documents
      let known: Set<String>? = documents.isEmpty ? nil : Set(documents.compactMap(\.id))
      let linter = library.linter(knownSOPs: known)
      let paths = PlanCatalog(directory: library.plans).paths()
      var errors = 0
      for path in paths {
        let findings: [Finding]
        do { findings = linter.lint(try SourceFile.read(path)).findings } catch {
          print("\(path):1:1: error: \(error.localizedDescription)")
          errors += 1
          continue
        }
        for finding in findings { print(finding.formatted) }
        errors += findings.filter { $0.severity == .error }.count
      }
      print("\(paths.count) plan(s): \(errors) error(s)")
      if errors > 0 { throw ExitCode.failure }
    }
  }
}
