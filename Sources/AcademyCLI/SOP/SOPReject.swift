import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop reject ID --comment TEXT`: sends the revision back to draft.
  struct Reject: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reject", abstract: "Reject the revision in review (needs your password).")

    @Argument(help: "SOP id.") var id: String
    @Option(help: "Why it is rejected.") var comment: String
    @Option(help: "The revision you reviewed (default: the latest).") var revision: RevisionNumber?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let library = database.library
      let seen = try revision ?? library.latestNumber(id)
      let signer = try store.signingSigner(in: database)
      let rejected = try library.sign(id, .reject, seen: seen, comment: comment, by: signer)
      print("\(id) \(rejected.number): rejected by \(signer.printedName); back to draft")
    }
  }
}
