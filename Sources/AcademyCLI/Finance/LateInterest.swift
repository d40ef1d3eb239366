import ArgumentParser
import CaseSim
import CivilCalendar
import Foundation

extension Academy.Finance {
  /// `academy finance late-interest`: statutory interest and fixed compensation on a late invoice.
  struct LateInterest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "late-interest",
      abstract: "Compute the statutory late-payment interest and EUR 40 compensation on a late invoice.",
      discussion: """
        Simple interest, actual/365, from the day after the due date through the payment date, \
        each calendar half-year at its own rate (Ley 3/2004; Directive 2011/7/EU). The disputed \
        part earns nothing. Rules and sources: docs/finance-rules.md.
        """
    )

    /// How the claim is printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Option(help: "Invoice amount, e.g. 10000.00.")
    var amount: String

    @Option(help: "Due date (YYYY-MM-DD).")
    var due: String

    @Option(help: "Payment date (YYYY-MM-DD).")
    var paid: String

    @Option(help: "Part of the amount under a valid dispute, excluded from interest.")
    var disputedAmount: String?

    @Option(
      help: ArgumentHelp(
        "A part payment before the payment date, DATE:AMOUNT (repeatable), e.g. 2024-02-01:2500.00.",
        valueName: "date:amount"))
    var payment: [String] = []

    @Option(
      help:
        "How part payments are applied: principal-first (as posted to the invoice, Civil Code art. 1172) or interest-first (art. 1173)."
    )
    var application: PaymentApplication = .principalFirst

    @Option(
      help: "Contractual late-payment rate in percent, where agreed, instead of the statutory one, e.g. 9.5.")
    var contractRate: String?

    @Option(help: "Country whose statutory rate applies.")
    var country = "ES"

    @Option(help: ArgumentHelp("Rates file to use instead of the bundled table.", valueName: "file"))
    var rates: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
      let amountValue: Money
      switch Money.parse(decimal: amount) {
      case .success(let value) where value.minorUnits > 0: amountValue = value
      case .failure(.tooLarge):
        throw ValidationError("--amount is too large: at most \(Money.maximumText) (got '\(amount)')")
      default:
        throw ValidationError(
          "--amount must be a positive amount with at most two decimals, like 10000.00 (got '\(amount)')")
      }
      for text in payment where PartPayment(text: text) == nil {
        throw ValidationError(
          "--payment must be DATE:AMOUNT with a positive amount, like 2024-02-01:2500.00 (got '\(text)')")
      }
      if let contractRate,
        !(0...10_000).contains(LateInterestRate.basisPoints(percentText: contractRate) ?? -1)
      {
        throw ValidationError(
          "--contract-rate must be a percentage with at most two decimals from 0 to 100, like 9.50 (got '\(contractRate)')"
        )
      }
      guard CivilDate(iso: due) != nil else {
        throw ValidationError("--due must be a date like 2024-01-15 (got '\(due)')")
      }
      guard CivilDate(iso: paid) != nil else {
        throw ValidationError("--paid must be a date like 2024-03-01 (got '\(paid)')")
      }
      if let disputedAmount {
        guard let disputed = Money(decimal: disputedAmount), disputed.minorUnits >= 0, disputed <= amountValue
        else {
          throw ValidationError(
            "--disputed-amount must be an amount from 0.00 up to the --amount \(amountValue.decimalString) "
              + "(got '\(disputedAmount)')")
        }
      }
      guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
        throw ValidationError("--country must be a two-letter country code like ES (got '\(country)')")
      }
    }

    func run() async throws {
      print(try output(), terminator: "")
    }

    /// The claim as the chosen format prints it.
    func output() throws -> String {
      let table = try loadRates()
      let schedule = try table.schedule(country: country)
      let currency = schedule.currency
      guard let dueDate = CivilDate(iso: due), let paidOn = CivilDate(iso: paid),
        let invoice = Money(decimal: amount, currency: currency)
      else { throw ValidationError("--amount, --due and --paid must be valid; see --help") }
      let disputed = disputedAmount.flatMap { Money(decimal: $0, currency: currency) } ?? .zero(currency)
      let payments = payment.compactMap { PartPayment(text: $0, currency: currency) }
      let claim = try LateInterestCalculator(rates: table, country: country)
        .claim(
          amount: invoice, dueDate: dueDate, paidOn: paidOn, disputedAmount: disputed, payments: payments,
          application: application,
          contractRateBasisPoints: contractRate.flatMap(LateInterestRate.basisPoints(percentText:)))
      switch format {
      case .text: return LateInterestReport(claim: claim, schedule: schedule).text
      case .json: return try LateInterestReport(claim: claim, schedule: schedule).json
      }
    }

    private func loadRates() throws -> LateInterestRates {
      guard let rates else { return try LateInterestRates.bundled() }
      let text: String
      do {
        text = try String(contentsOfFile: rates, encoding: .utf8)
      } catch {
        throw FinanceError.ratesFile(
          source: rates, line: 0, message: "cannot be read as UTF-8 text; check the --rates path")
      }
      return try LateInterestRates(yaml: text, source: rates)
    }
  }
}

extension PaymentApplication: ExpressibleByArgument {}
