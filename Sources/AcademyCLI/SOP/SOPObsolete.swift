import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop obsolete ID --reason TEXT`: withdraws the SOP from use.
  struct Obsolete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "obsolete", abstract: "Make an SOP obsolete from today (needs your password).")

    @Argument(help: "SOP id.") var id: String
    @Option(help: "Why it is withdrawn.") var reason: String
    @Option(help: "The approved revision you saw (default: the latest approved).") var revision:
      RevisionNumber?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let signer = try store.signingSigner(in: database)
      let target = try database.library.obsolete(id, seen: revision, reason: reason, by: signer)
      print("\(id) \(target.number): obsolete from \(target.obsoletedOn?.iso ?? "today")")
    }
  }
}
