import ArgumentParser
import SOPKit
import TrainingKit

extension Academy.Plan {
  /// `academy plan list`: the templates in the plans folder.
  struct PlanList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the plan templates.")

    @OptionGroup var library: TrainingLibrary

    func run() async throws {
      let linter = PlanLinter(knownSOPs: nil, scenarios: nil)
      for path in PlanCatalog(directory: library.plans).paths() {
        guard let template = (try? SourceFile.read(path)).flatMap({ linter.lint($0).template }) else {
          print("\(path): unreadable; run 'academy plan lint'")
          continue
        }
        print(
          "\(template.id)\t\(template.items.count) items, \(template.length) working days\t\(template.title)")
      }
    }
  }
}
