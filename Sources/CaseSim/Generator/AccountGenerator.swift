/// Turns a scenario and a seed into customer accounts, deterministically: the same
/// scenario, seed, index and program version give the same account, byte for byte. Account
/// k of a run draws from its own stream `(seed, k)`, so accounts are independent and a run
/// can stream any number of them in constant memory.
public struct AccountGenerator: Sendable {
  /// The scenario accounts are made from.
  public let scenario: Scenario
  /// Day the accounts are seen (the scenario's `as_of` unless overridden).
  public let asOf: CivilDate
  /// Shapes the payment history.
  public let profile: BehaviourProfile

  /// Creates a generator; `asOf` overrides the scenario's date.
  public init(scenario: Scenario, asOf: CivilDate? = nil) {
    self.scenario = scenario
    self.asOf = asOf ?? scenario.asOf
    profile = BehaviourProfile.named(scenario.behaviour) ?? .default
  }

  /// Account `index` of the run seeded with `seed`.
  public func account(seed: UInt64, index: Int) -> Account {
    var generator = SeededGenerator(seed: seed, stream: UInt64(index))
    return account(seed: seed, index: index, using: &generator)
  }

  /// Makes one account drawing every random choice from `generator`.
  func account(seed: UInt64, index: Int, using generator: inout some RandomNumberGenerator) -> Account {
    let persona = scenario.personas.pick(using: &generator)
    let countryCode = scenario.customer.country.pick(using: &generator)
    let country = Country(rawValue: countryCode) ?? .ES
    let language = scenario.customer.language ?? Country.defaultLanguage(for: countryCode)
    let segment = scenario.customer.segment.pick(using: &generator)
    let size = scenario.customer.size.pick(using: &generator)
    let currency = scenario.invoices.currency
    let customer = CustomerFactory(country: country).customer(
      spec: scenario.customer, language: language, segment: segment, size: size, persona: persona,
      currency: currency, using: &generator)
    var account = Account(
      id: GeneratedText.join(scenario.id, "-", String(seed), "-", String(index)), scenarioID: scenario.id,
      seed: seed, index: index, asOf: asOf,
      customer: customer, persona: persona, invoices: [], payments: [], creditNotes: [], unappliedCash: [],
      disputes: [], promises: [], dunning: [], insolvency: nil, history: [], events: [])
    var numbering = InvoiceNumbering(
      prefix: country == .ES ? "F" : "INV-", next: generator.int(in: 1000...60000))
    let taxRate = scenario.invoices.taxRateBasisPoints ?? country.standardTaxRateBasisPoints
    let drafts = openInvoiceDrafts(taxRate: taxRate, currency: currency, using: &generator)
    account.history = history(
      before: drafts.first?.issueDate ?? asOf, taxRate: taxRate, currency: currency, numbering: &numbering,
      using: &generator)
    account.invoices = drafts.map { draft in
      var invoice = draft
      invoice.number = numbering.take(issued: invoice.issueDate)
      invoice.poNumber = GeneratedText.join("PO-", String(generator.int(in: 100_000...999_999)))
      return invoice
    }
    PersonaShaper(asOf: asOf, persona: persona).shape(&account, using: &generator)
    account.events = EventResolver(asOf: asOf).resolve(scenario.events, in: account, using: &generator)
    return account
  }

  /// Open invoices in issue-date order, numbered later.
  func openInvoiceDrafts(
    taxRate: Int, currency: String, using generator: inout some RandomNumberGenerator
  ) -> [Invoice] {
    var drafts: [Invoice] = []
    for group in scenario.invoices.groups {
      let count = generator.int(in: group.count.min...group.count.max)
      for _ in 0..<count {
        let net = generator.minorUnits(in: group.amount.min...group.amount.max)
        let terms = generator.int(in: scenario.invoices.termsDays.min...scenario.invoices.termsDays.max)
        let overdue = generator.int(in: group.daysOverdue.min...group.daysOverdue.max)
        let due = asOf.adding(days: -overdue)
        drafts.append(Self.invoice(net: net, taxRate: taxRate, currency: currency, due: due, terms: terms))
      }
    }
    // A stable sort keeps the order reproducible when two invoices share an issue date.
    return drafts.enumerated().sorted {
      ($0.element.issueDate, $0.offset) < ($1.element.issueDate, $1.offset)
    }
    .map(\.element)
  }

  static func invoice(net: Int64, taxRate: Int, currency: String, due: CivilDate, terms: Int) -> Invoice {
    let tax = Self.tax(net: net, basisPoints: taxRate)
    let gross = Money(minorUnits: net + tax, currency: currency)
    return Invoice(
      number: "", issueDate: due.adding(days: -terms), dueDate: due, termsDays: terms,
      net: Money(minorUnits: net, currency: currency), tax: Money(minorUnits: tax, currency: currency),
      gross: gross, poNumber: "", openAmount: gross)
  }

  /// VAT on `net`, rounded half up to the cent.
  static func tax(net: Int64, basisPoints: Int) -> Int64 {
    (net * Int64(basisPoints) + 5_000) / 10_000
  }

  /// Settled invoices due at least 65 days before the first open one was issued, so even the
  /// longest delay of the default profile (60 days) settles before the case starts.
  func history(
    before firstOpenIssue: CivilDate, taxRate: Int, currency: String, numbering: inout InvoiceNumbering,
    using generator: inout some RandomNumberGenerator
  ) -> [SettledInvoice] {
    let count = generator.int(in: scenario.historyCount.min...scenario.historyCount.max)
    guard count > 0 else { return [] }
    let amounts = scenario.invoices.groups.map(\.amount)
    let low = amounts.map(\.min).min() ?? 10_000
    let high = amounts.map(\.max).max() ?? 100_000
    let terms = scenario.invoices.termsDays
    var dueDates: [CivilDate] = []
    var due = min(firstOpenIssue, asOf.adding(days: -65)).adding(days: -generator.int(in: 0...10))
    for _ in 0..<count {
      dueDates.append(due)
      due = due.adding(days: -generator.int(in: 7...30))
    }
    var settled: [SettledInvoice] = []
    for due in dueDates.reversed() {
      let net = generator.minorUnits(in: low...high)
      let invoice = Self.invoice(
        net: net, taxRate: taxRate, currency: currency, due: due,
        terms: generator.int(in: terms.min...terms.max))
      let (disputed, delay) = profile.settlement(using: &generator)
      // Never settled before issue, nor on or after the case start.
      let settledDate = min(max(due.adding(days: delay), invoice.issueDate), asOf.adding(days: -1))
      settled.append(
        SettledInvoice(
          number: numbering.take(issued: invoice.issueDate), issueDate: invoice.issueDate, dueDate: due,
          settledDate: settledDate,
          daysLate: max(0, due.days(until: settledDate)), disputed: disputed, amount: invoice.gross))
    }
    return settled
  }
}

/// Hands out consecutive invoice numbers, each carrying the year the invoice was issued
/// (`F2025-012345`).
struct InvoiceNumbering {
  var prefix: String
  var next: Int

  mutating func take(issued: CivilDate) -> String {
    defer { next += 1 }
    return GeneratedText.join(prefix, GeneratedText.zeroPadded(issued.year, width: 4), "-", next, width: 6)
  }
}
