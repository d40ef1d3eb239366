import AcademyServices
import ArgumentParser
import TrainingKit

extension Academy.Plan {
  /// `academy plan sign-off ITEM --note TEXT`: the trainer's e-signature on a sign-off item.
  struct PlanSignOff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sign-off", abstract: "Sign off a plan item with a note (manager, needs your password).")

    @Argument(help: "Item number from 'plan status', or an item id with --trainee.") var item: String
    @Option(help: "Whose plan an item id refers to.") var trainee: String?
    @Option(help: "What you checked.") var note: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let signer = try store.signingSigner(in: database)
      let signed = try database.plans.signOff(item, trainee: trainee, note: note, by: signer)
      print("#\(signed.id ?? 0) \(signed.key): signed off by \(signer.printedName)")
    }
  }
}
