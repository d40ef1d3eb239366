import AcademyServices
import ArgumentParser
import CaseSim
import CivilCalendar

extension Academy.Finance {
  /// `academy finance claim-deadline`: the last day to communicate a credit in a Spanish concurso.
  struct ClaimDeadlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "claim-deadline",
      abstract: "The last day to communicate a credit to the insolvency administrator, and COL-009's target.",
      discussion: """
        One month from the BOE publication of the declaration, counted date to date, ending on the \
        month's last day where that date does not exist (TRLC arts. 28 and 255; Civil Code art. 5). \
        The internal target comes from the process of the SOP in force (the store's revision when \
        --data has one, else the file in --sops).
        """
    )

    /// How the deadlines are printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Day the declaration was published in the BOE (YYYY-MM-DD).") var published: String
    @Option(help: "SOP whose process sets the internal target.") var sop = "COL-009"
    @Option(help: "Folder of SOP files used when the store has no revision in force.") var sops = "sops"
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func validate() throws {
      guard CivilDate(iso: published) != nil else {
        throw ValidationError("--published must be a date like 2026-03-10 (got '\(published)')")
      }
    }

    func run() async throws {
      print(try output(), terminator: "")
    }

    /// The deadlines as the chosen format prints them.
    func output() throws -> String {
      guard let day = CivilDate(iso: published) else { throw ValidationError("--published must be a date") }
      let process = try GoverningSOPs(sopsFolder: sops, dataFolder: store.dataFolder).process(sop, on: day)
      let deadline = ClaimDeadline(published: day, process: process)
      return format == .json ? deadline.json : deadline.text
    }
  }
}
