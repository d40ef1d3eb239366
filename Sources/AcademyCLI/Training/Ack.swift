import AcademyServices
import ArgumentParser
import TrainingKit

extension Academy {
  /// `academy ack SOP-ID`: the trainee's e-signature on the revision in force.
  struct Ack: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ack", abstract: "Acknowledge the SOP revision in force (needs your password).")

    @Argument(help: "SOP id, e.g. COL-004-ES.") var id: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let signer = try store.signingSigner(in: database)
      let ack = try database.plans.acknowledge(id, by: signer)
      print(
        "\(ack.sopID) \(ack.revisionNumber): acknowledged by \(ack.printedName) (\(ack.meaning)), "
          + "sha256 \(ack.revisionHash.prefix(12))")
    }
  }
}
