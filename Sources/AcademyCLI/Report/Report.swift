import ArgumentParser

extension Academy {
  /// `academy report ...`: Reports on portfolios and training.
  struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Reports on portfolios and training.",
      subcommands: [
        ReportPortfolio.self, ReportProgress.self, ReportRisks.self, ReportCoverage.self, ReportXAPI.self,
      ]
    )
  }
}
