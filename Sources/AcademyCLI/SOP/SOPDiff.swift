import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop diff ID A B [--format text|json|html]`.
  struct Diff: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, html
    }

    static let configuration = CommandConfiguration(
      commandName: "diff", abstract: "Compare two revisions of an SOP.")

    @Argument(help: "SOP id.") var id: String
    @Argument(help: "Old revision number.") var from: RevisionNumber
    @Argument(help: "New revision number.") var to: RevisionNumber
    @Option(help: "text, json or html.") var format: Format = .text
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let diff = try store.open().library.diff(id, from: from, to: to)
      switch format {
      case .text: print(diff.text, terminator: "")
      case .json: print(try diff.json(), terminator: "")
      case .html: print(diff.html, terminator: "")
      }
    }
  }
}
