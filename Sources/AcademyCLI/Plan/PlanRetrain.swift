import AcademyServices
import ArgumentParser

extension Academy.Plan {
  /// `academy plan retrain`: the scheduled retraining check, for installations without a server
  /// (run it from cron after midnight UTC). Decides nothing: it creates, as `system`, only the
  /// items the retraining rule calls for, so it needs no acting user.
  struct PlanRetrain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "retrain",
      abstract: "Create the retraining items due from revisions now in force (for cron; the server does it).")

    @OptionGroup var store: StoreOptions

    func run() async throws {
      let created = try store.open().plans.retrain()
      print(created.isEmpty ? "no retraining due" : "\(created.count) retraining item(s) created")
      for item in created { print("  #\(item.id ?? 0) \(item.key) due \(item.dueOn)") }
    }
  }
}
