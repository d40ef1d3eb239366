import ArgumentParser
import CaseSim
import CivilCalendar
import Foundation

extension Academy {
  /// `academy report portfolio`: aging, KPIs, disputes and worklist of generated accounts.
  struct ReportPortfolio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "portfolio",
      abstract: "Aging, DSO/BPDSO/ADD, disputes by reason and a prioritised worklist from NDJSON accounts.")

    @Option(help: "NDJSON accounts from 'academy case generate --format ndjson'.") var accounts: String
    @Option(name: .customLong("as-of"), help: "Report date YYYY-MM-DD.") var asOf: String
    @Option(help: "text, json or csv.") var format: PortfolioReportFormat = .text
    @Option(help: "Accounts in the worklist.") var top = 20
    @Option(help: "Currency of the portfolio.") var currency = "EUR"

    func validate() throws {
      guard CivilDate(iso: asOf) != nil else {
        throw ValidationError(
          "--as-of '\(asOf)' is not a date YYYY-MM-DD from \(CivilDate.supportedRangeText)")
      }
      guard top >= 1 else { throw ValidationError("--top must be at least 1") }
      guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
        throw ValidationError(
          "--currency '\(currency)' is not an ISO 4217 code of three capital letters, such as EUR")
      }
    }

    func run() async throws {
      var report = PortfolioReport(
        asOf: CivilDate(iso: asOf) ?? CivilDate(daysSinceEpoch: 0), currency: currency, worklistSize: top)
      var reader = try LineReader(path: accounts)
      var lineNumber = 0
      while let line = reader.next() {
        lineNumber += 1
        if line.allSatisfy({ $0 == 32 || $0 == 13 }) { continue }
        try report.add(line: line, lineNumber: lineNumber, path: accounts)
      }
      print(PortfolioReportRenderer.render(report, format: format), terminator: "")
    }
  }
}

/// Output formats of `report portfolio`.
enum PortfolioReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv }
