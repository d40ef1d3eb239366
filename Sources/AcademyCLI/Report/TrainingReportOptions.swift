import AcademyServices
import ArgumentParser
import CivilCalendar
import SOPKit
import TrainingKit

/// The format of a training report.
enum TrainingReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, csv, json
}

/// Options shared by the training reports.
struct TrainingReportOptions: ParsableArguments {
  @Option(help: "Only this team.") var team: String?
  @Option(help: "text, csv or json.") var format: TrainingReportFormat = .text
  @Option(help: "CSV locale: en (',' and '.') or es (';' and decimal commas).") var locale = "en"

  func validate() throws {
    guard ["en", "es"].contains(locale.lowercased()) else { throw ValidationError("--locale is en or es") }
  }

  func render(_ table: TrainingTable) throws -> String {
    switch format {
    case .text: table.text()
    case .csv: table.csv(locale: locale)
    case .json: try table.json()
    }
  }
}

extension Academy.Report {
  /// `academy report progress`: per trainee counts, completion, forecast and risk.
  struct ReportProgress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "progress", abstract: "Training progress per trainee.")

    @OptionGroup var options: TrainingReportOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
      print(try options.render(try store.open().reports.table(.progress, team: options.team)), terminator: "")
    }
  }

  /// `academy report risks`: trainees at risk or late, one line per reason.
  struct ReportRisks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "risks", abstract: "Trainees at risk or late, with the reasons.")

    @OptionGroup var options: TrainingReportOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
      print(try options.render(try store.open().reports.table(.risks, team: options.team)), terminator: "")
    }
  }

  /// `academy report coverage`: per SOP the people qualified; "no backup" below two.
  struct ReportCoverage: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coverage",
      abstract: "Who is qualified on each SOP in force; flags processes with no backup.")

    @OptionGroup var options: TrainingReportOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
      print(try options.render(try store.open().reports.table(.coverage, team: options.team)), terminator: "")
    }
  }

  /// `academy report xapi --since DATE`: xAPI statements as NDJSON.
  struct ReportXAPI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "xapi", abstract: "xAPI statements (NDJSON, cmi5 conventions) since a date.")

    @Option(help: "First day to include (YYYY-MM-DD).") var since: String
    @Option(help: "The academy's address: account home page and root of activity IRIs.")
    var homePage = "https://academy.example.org"
    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard CivilDate(iso: since) != nil else {
        throw ValidationError("--since is a date: YYYY-MM-DD")
      }
    }

    func run() async throws {
      print(try store.open().reports.xapi(since: since, homePage: homePage), terminator: "")
    }
  }
}
