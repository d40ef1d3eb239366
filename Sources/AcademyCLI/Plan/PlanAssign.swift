import AcademyServices
import ArgumentParser
import TrainingKit

extension Academy.Plan {
  /// `academy plan assign TEMPLATE --trainee NAME --start DATE [--due DATE] [--team T]`.
  struct PlanAssign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign", abstract: "Assign a plan template to a trainee (manager).")

    @Argument(help: "Template id (file name in plans/ without .yaml).") var template: String
    @Option(help: "The trainee's user name.") var trainee: String
    @Option(help: "First day of the plan (YYYY-MM-DD).") var start: String
    @Option(help: "Due date (default: start plus the plan's length in working days).") var due: String?
    @Option(help: "Team for reports (default: the template's).") var team: String?
    @OptionGroup var library: TrainingLibrary
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let manager = try store.provenActor(in: database, for: "plan assign")
      let assigned = try database.plans.assign(
        templateID: template, content: library.folders, trainee: trainee, start: start, due: due, team: team,
        by: manager)
      let (plan, assignment) = (assigned.template, assigned.assignment)
      print(
        "\(plan.id) assigned to \(trainee): \(plan.items.count) items from \(assignment.startOn), due \(assignment.dueOn)"
      )
    }
  }
}
