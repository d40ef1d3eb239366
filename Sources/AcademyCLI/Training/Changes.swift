import AcademyServices
import ArgumentParser
import TrainingKit

extension Academy {
  /// `academy changes --trainee NAME`: what changed since the trainee last acknowledged.
  struct Changes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "changes", abstract: "What changed in each plan SOP since the trainee acknowledged it.")

    @Option(help: "The trainee (default: the acting user).") var trainee: String?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      guard let name = trainee ?? store.actorName else {
        throw ValidationError("name the trainee: --trainee NAME")
      }
      print(Self.render(try database.plans.changes(trainee: name)), terminator: "")
    }

    static func render(_ changes: [ChangeSinceTraining]) -> String {
      var out = ""
      for change in changes {
        switch (change.acknowledged, change.current) {
        case (_, nil):
          out += "\(change.sopID): no revision in force\n"
        case (nil, let current?):
          out += "\(change.sopID): not acknowledged yet; read revision \(current) in full\n"
        case (let seen?, let current?) where change.diff == nil:
          out +=
            "\(change.sopID): up to date (\(seen == current ? current : "\(seen), in force \(current)"))\n"
        case (let seen?, let current?):
          out += "\(change.sopID): acknowledged \(seen), in force \(current)\n"
          if let diff = change.diff {
            out += "  \(diff.changeClass.rawValue): \(diff.basis)\n"
            out += diff.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
              .joined(separator: "\n")
            out += "\n"
          }
        }
      }
      return out
    }
  }
}
