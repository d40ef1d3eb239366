import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop history ID`: every revision with its state and signatures.
  struct History: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "history", abstract: "Show every revision of an SOP.")

    @Argument(help: "SOP id.") var id: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
      for view in try store.open().library.history(id) {
        let revision = view.revision
        var line =
          "\(revision.number)\t\(view.state.rawValue)\t\(revision.changeClass.rawValue)\t\(revision.createdAt)"
        line += "\t\(revision.author)\t\(revision.hash.prefix(12))"
        if let effective = revision.effectiveOn { line += "\teffective \(effective)" }
        if revision.draftNumber != revision.number { line += "\t(draft \(revision.draftNumber))" }
        print(line)
        for signature in view.signatures {
          print("\t\(signature.manifestation)\(signature.comment.map { ": \($0)" } ?? "")")
        }
      }
    }
  }
}
