import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop list [--status S] [--review-due [--within DAYS]]`.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List SOPs with their revisions in force.")

    @Option(help: "Only SOPs whose latest or current revision is in this state.") var status: RevisionState?
    @Flag(help: "Only SOPs whose periodic review is due or overdue.") var reviewDue = false
    @Option(help: "With --review-due: also those due within this many days.") var within: Int?
    @OptionGroup var store: StoreOptions

    func validate() throws {
      if within != nil, !reviewDue { throw ValidationError("--within needs --review-due") }
      if let within, within < 0 { throw ValidationError("--within must not be negative") }
    }

    func run() async throws {
      let listings = try store.open().library.list(
        status: status, reviewDueWithin: reviewDue ? (within ?? 0) : nil)
      for listing in listings {
        var line = "\(listing.sopID)\t\(listing.latest.number) \(listing.latest.state.rawValue)"
        line += "\tcurrent \(listing.current ?? "-")\t\(listing.language)\t\(listing.title)"
        if let due = listing.reviewDue { line += "\treview due \(due)" }
        if listing.staleTranslation { line += "\tSTALE translation" }
        print(line)
      }
    }
  }
}

extension RevisionState: ExpressibleByArgument {}
