import AcademyServices
import ArgumentParser

extension Academy.Plan {
  /// `academy plan list`: the templates in the plans folder.
  struct PlanList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the plan templates.")

    @OptionGroup var library: TrainingLibrary

    func run() async throws {
      for listing in Plans.templates(in: library.folders) {
        guard let template = listing.template else {
          print("\(listing.path): unreadable; run 'academy plan lint'")
          continue
        }
        print(
          "\(template.id)\t\(template.items.count) items, \(template.length) working days\t\(template.title)")
      }
    }
  }
}
