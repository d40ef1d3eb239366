import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop show ID [--revision N]`: one revision's facts and text.
  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show a revision and its text.")

    @Argument(help: "SOP id.") var id: String
    @Option(help: "Revision number (default: the latest).") var revision: RevisionNumber?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let view = try store.open().library.show(id, number: revision)
      let stored = view.revision
      print("\(stored.sopID) \(stored.number) — \(stored.title)")
      print("state: \(view.state.rawValue)  class: \(stored.changeClass.rawValue) (\(stored.changeBasis))")
      print("sha256: \(stored.hash)")
      if let effective = stored.effectiveOn { print("effective: \(effective)") }
      if let due = view.reviewDue { print("review due: \(due)") }
      if view.staleTranslation { print("stale: the source SOP has a newer procedural revision") }
      for signature in view.signatures { print("signed: \(signature.manifestation)") }
      print("")
      print(stored.content, terminator: stored.content.hasSuffix("\n") ? "" : "\n")
    }
  }
}
