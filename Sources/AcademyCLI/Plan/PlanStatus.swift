import AcademyServices
import ArgumentParser
import Foundation
import TrainingKit

extension Academy.Plan {
  /// `academy plan status [--trainee NAME]`: items, progress, forecast and risk.
  struct PlanStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status", abstract: "Progress, forecast and risk of each plan.")

    @Option(help: "Only this trainee.") var trainee: String?
    @Option(help: "Only this team.") var team: String?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let status = try database.plans.status(trainee: trainee, team: team)
      if status.progress.isEmpty { print(trainee.map { "\($0) has no plan" } ?? "no plans assigned") }
      print(status.progress.map(Self.render).joined(separator: "\n"), terminator: "")
      if let warning = Self.warning(status.missingRetraining) {
        FileHandle.standardError.write(Data((warning + "\n").utf8))
      }
    }

    /// Says that revisions in force call for retraining not created yet, and how to create it.
    static func warning(_ missing: [TrainingItem]) -> String? {
      guard !missing.isEmpty else { return nil }
      var causes: [String] = []
      for item in missing where item.kind == .acknowledge {
        if let sop = item.sopID, !causes.contains(sop) { causes.append(sop) }
      }
      return
        "warning: \(missing.count) retraining item(s) for revisions now in force (\(causes.joined(separator: ", "))) "
        + "are not created yet: run 'academy plan retrain' (the server does it every few minutes)"
    }

    static func render(_ entry: TraineeProgress) -> String {
      let assignment = entry.assignment
      var out = "\(assignment.trainee): \(assignment.title) [\(assignment.templateID)]"
      out += " \(assignment.startOn) -> \(assignment.dueOn)\n"
      out += "  \(entry.done)/\(entry.items.count) done (\(String(format: "%.0f", entry.completion))%), "
      out += "\(entry.due) due, \(entry.overdue) overdue; forecast \(entry.forecast.completionOn); "
      out += "\(entry.level.rawValue)\n"
      for reason in entry.reasons { out += "  ! \(reason.message)\n" }
      for item in entry.items {
        var state = item.state.rawValue
        if item.isDone, let day = item.completedOn { state = "done \(day)" }
        if item.overdue { state += ", OVERDUE" }
        if !item.waitingFor.isEmpty { state += ", waits for \(item.waitingFor.joined(separator: ", "))" }
        if let best = item.bestScore {
          state += ", best \(String(format: "%.0f", best)) in \(item.attemptsUsed)"
        }
        out +=
          "  #\(item.item.id ?? 0) \(item.item.key): \(item.item.summary); due \(item.item.dueOn); \(state)\n"
      }
      return out
    }
  }
}
