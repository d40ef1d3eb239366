import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop approve ID --meaning review|approval [--comment TEXT]`: an e-signature.
  struct Approve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "approve", abstract: "Sign the revision in review (needs your password).")

    @Argument(help: "SOP id.") var id: String
    @Option(help: "review (recorded, does not count) or approval.") var meaning: SignatureMeaning
    @Option(help: "Comment stored with the signature.") var comment: String?
    @Flag(help: "Accept the author's proposal that this procedural change is editorial (no retraining).")
    var acceptEditorial = false
    @Option(help: "The revision you reviewed (default: the latest).") var revision: RevisionNumber?
    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard meaning == .review || meaning == .approval else {
        throw ValidationError("--meaning is review or approval")
      }
    }

    func run() async throws {
      let database = try store.open()
      let library = database.library
      let seen = try revision ?? library.latestNumber(id)
      let signer = try store.signingSigner(in: database)
      let signed = try library.sign(
        id, meaning == .approval ? .approve : .review, seen: seen, comment: comment,
        acceptEditorial: acceptEditorial, by: signer)
      print(
        "\(id) \(signed.number): signed by \(signer.printedName) (\(meaning.rawValue)); now \(signed.state.rawValue)"
      )
    }
  }
}

extension SignatureMeaning: ExpressibleByArgument {}
