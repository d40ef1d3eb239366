import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop import DIR`: new and changed files become draft revisions.
  struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import", abstract: "Import SOP files as draft revisions (unchanged files are skipped).")

    @Argument(help: "Folders or files to import.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let actor = try store.provenActor(in: database, for: "sop import")
      let report = try await database.library.importFiles(paths, by: actor)
      for item in report.items {
        switch item.outcome {
        case .new(let number): print("new        \(item.sopID) \(number)  \(item.path)")
        case .changed(let number, let change):
          print("changed    \(item.sopID) \(number) (\(change.rawValue))  \(item.path)")
        case .unchanged(let number): print("unchanged  \(item.sopID) \(number)  \(item.path)")
        }
      }
      for failure in report.failures {
        print("failed     \(failure.path)")
        for reason in failure.reasons { print("  \(reason)") }
      }
      print(report.summary)
      if !report.failures.isEmpty { throw ExitCode.failure }
    }
  }
}
