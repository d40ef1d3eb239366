import CivilCalendar

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
  /// The smallest and largest net amount of the scenario's invoice groups, bounds of the
  /// settled invoices' amounts; worked out once, not per account.
  let historyLow: Int64
  let historyHigh: Int64
  /// The scenario's countries with the language each account of that country speaks,
  /// looked up once rather than per account.
  let countries: Weighted<CountryChoice>
  /// The scenario's invoice currency.
  let currency: CurrencyCode

  /// A country an account can be from, and the language its customer speaks.
  struct CountryChoice: Sendable, Hashable {
    var country: Country
    var language: String
  }

  /// Creates a generator; `asOf` overrides the scenario's date.
  public init(scenario: Scenario, asOf: CivilDate? = nil) {
    self.scenario = scenario
    self.asOf = asOf ?? scenario.asOf
    profile = BehaviourProfile.named(scenario.behaviour) ?? .default
    let amounts = scenario.invoices.groups.map(\.amount)
    historyLow = amounts.map(\.min).min() ?? 10_000
    historyHigh = amounts.map(\.max).max() ?? 100_000
    currency = CurrencyCode(scenario.invoices.currency)
    countries = scenario.customer.country.map { [language = scenario.customer.language] code in
      CountryChoice(
        country: Country(rawValue: code) ?? .ES, language: language ?? Country.defaultLanguage(for: code))
    }
  }

  /// Account `index` of the run seeded with `seed`.
  public func account(seed: UInt64, index: Int) -> Account {
    var generator = SeededGenerator(seed: seed, stream: UInt64(index))
    return account(seed: seed, index: index, using: &generator)
  }

  /// Overwrites `account` with account `index` of the run seeded with `seed`: the same value
  /// `account(seed:index:)` returns, made in the lists `account` already holds so a caller
  /// that streams many accounts reuses their storage instead of allocating it per account.
  public func refill(_ account: inout Account, seed: UInt64, index: Int) {
    var generator = SeededGenerator(seed: seed, stream: UInt64(index))
    fill(&account, seed: seed, index: index, using: &generator)
  }

  /// Overwrites `streamed` with account `index` of the run seeded with `seed`, leaving its
  /// text as bytes for `AccountEncoder` to write: the fastest way to stream accounts out.
  public func refill(_ streamed: inout StreamedAccount, seed: UInt64, index: Int) {
    var generator = SeededGenerator(seed: seed, stream: UInt64(index))
    fill(&streamed.account, text: streamed.text, seed: seed, index: index, using: &generator)
  }

  /// Makes one account drawing every random choice from `generator`.
  func account(seed: UInt64, index: Int, using generator: inout some RandomNumberGenerator) -> Account {
    var account = Self.blank
    fill(&account, seed: seed, index: index, using: &generator)
    return account
  }

  /// Writes every field of `account`, its text included.
  private func fill(
    _ account: inout Account, seed: UInt64, index: Int, using generator: inout some RandomNumberGenerator
  ) {
    let text = AccountText()
    fill(&account, text: text, seed: seed, index: index, using: &generator)
    text.resolve(into: &account)
  }

  /// An account every field of which `fill` overwrites before anyone sees it.
  static let blank = Account(
    id: "", scenarioID: "", seed: 0, index: 0, asOf: CivilDate(daysSinceEpoch: 0),
    customer: Customer(
      number: "", legalName: "", country: .ES, language: "", segment: "", size: .small, vatID: "", iban: "",
      address: Address(street: "", postalCode: "", city: "", country: .ES), contacts: [],
      creditLimit: .zero("EUR"), riskClass: ""),
    persona: Persona(type: .reliable), invoices: [], payments: [], creditNotes: [], unappliedCash: [],
    disputes: [], promises: [], dunning: [], insolvency: nil, history: [], events: [])

  /// Writes every field of `account` (lists emptied and refilled, keeping their capacity)
  /// but the text `AccountText` holds (the id, the customer's text, the settled invoices'
  /// numbers, the purchase orders), which goes into `text` as bytes, drawing every random
  /// choice from `generator`.
  func fill(
    _ account: inout Account, text: AccountText, seed: UInt64, index: Int,
    using generator: inout some RandomNumberGenerator
  ) {
    let persona = scenario.personas.pick(using: &generator)
    let choice = countries.pick(using: &generator)
    let country = choice.country
    let language = choice.language
    let segment = scenario.customer.segment.pick(using: &generator)
    let size = scenario.customer.size.pick(using: &generator)
    let currency = self.currency
    text.removeAll()
    text.begin()
    text.append(scenario.id)
    text.append(UInt8(ascii: "-"))
    text.append(seed)
    text.append(UInt8(ascii: "-"))
    text.append(index)
    text.end(.accountID)
    CustomerFactory(country: country).fill(
      &account.customer, text: text, spec: scenario.customer, language: language, segment: segment,
      size: size, persona: persona, currency: currency, using: &generator)
    account.scenarioID = scenario.id
    account.seed = seed
    account.index = index
    account.asOf = asOf
    account.persona = persona
    account.invoices.removeAll(keepingCapacity: true)
    account.payments.removeAll(keepingCapacity: true)
    account.creditNotes.removeAll(keepingCapacity: true)
    account.unappliedCash.removeAll(keepingCapacity: true)
    account.disputes.removeAll(keepingCapacity: true)
    account.promises.removeAll(keepingCapacity: true)
    account.dunning.removeAll(keepingCapacity: true)
    account.insolvency = nil
    account.history.removeAll(keepingCapacity: true)
    account.events.removeAll(keepingCapacity: true)
    var numbering = InvoiceNumbering(
      prefix: country == .ES ? "F" : "INV-", next: generator.int(in: 1000...60000))
    let taxRate = scenario.invoices.taxRateBasisPoints ?? country.standardTaxRateBasisPoints
    openInvoiceDrafts(into: &account.invoices, taxRate: taxRate, currency: currency, using: &generator)
    history(
      into: &account.history, text: text, before: account.invoices.first?.issueDate ?? asOf, taxRate: taxRate,
      currency: currency, numbering: &numbering, using: &generator)
    for index in account.invoices.indices {
      // Open invoices' numbers stay strings: dunning records, disputes and promises refer to them.
      account.invoices[index].number = numbering.take(issued: account.invoices[index].issueDate)
      text.begin()
      text.append("PO-")
      text.append(generator.int(in: 100_000...999_999))
      text.end(.purchaseOrders)
    }
    PersonaShaper(asOf: asOf, persona: persona).shape(&account, text: text, using: &generator)
    let events = EventResolver(asOf: asOf).resolve(scenario.events, in: account, using: &generator)
    if !events.isEmpty { account.events = events }
  }

  /// Open invoices in issue-date order, numbered later.
  func openInvoiceDrafts(
    into drafts: inout [Invoice], taxRate: Int, currency: CurrencyCode,
    using generator: inout some RandomNumberGenerator
  ) {
    drafts.reserveCapacity(scenario.invoices.groups.reduce(0) { $0 + max(0, $1.count.max) })
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
    // A stable sort keeps the order reproducible when two invoices share an issue date:
    // insertion sort, which is stable and allocates nothing for these few invoices.
    for index in drafts.indices.dropFirst() {
      var position = index
      while position > 0, drafts[position - 1].issueDate > drafts[position].issueDate {
        drafts.swapAt(position - 1, position)
        position -= 1
      }
    }
  }

  static func invoice(net: Int64, taxRate: Int, currency: CurrencyCode, due: CivilDate, terms: Int) -> Invoice
  {
    let tax = Self.tax(net: net, basisPoints: taxRate)
    let gross = Money(minorUnits: net + tax, code: currency)
    return Invoice(
      number: "", issueDate: due.adding(days: -terms), dueDate: due, termsDays: terms,
      net: Money(minorUnits: net, code: currency), tax: Money(minorUnits: tax, code: currency),
      gross: gross, poNumber: "", openAmount: gross)
  }

  /// VAT on `net`, rounded half up to the cent.
  static func tax(net: Int64, basisPoints: Int) -> Int64 {
    (net * Int64(basisPoints) + 5_000) / 10_000
  }

  /// Settled invoices due at least 65 days before the first open one was issued, so even the
  /// longest delay of the default profile (60 days) settles before the case starts.
  func history(
    into settled: inout [SettledInvoice], text: AccountText, before firstOpenIssue: CivilDate, taxRate: Int,
    currency: CurrencyCode,
    numbering: inout InvoiceNumbering, using generator: inout some RandomNumberGenerator
  ) {
    let count = generator.int(in: scenario.historyCount.min...scenario.historyCount.max)
    guard count > 0 else { return }
    // Due dates are drawn newest first and invoices made oldest first: the dates go into
    // scratch space on the stack back to front, then the invoices are made in order.
    settled.reserveCapacity(count)
    withUnsafeTemporaryAllocation(of: CivilDate.self, capacity: count) { dueDates in
      var due = min(firstOpenIssue, asOf.adding(days: -65)).adding(days: -generator.int(in: 0...10))
      for slot in dueDates.indices.reversed() {
        dueDates.initializeElement(at: slot, to: due)
        due = due.adding(days: -generator.int(in: 7...30))
      }
      for due in dueDates {
        settled.append(
          settle(
            due: due, taxRate: taxRate, currency: currency, numbering: &numbering, text: text,
            using: &generator))
      }
    }
  }

  /// One settled invoice of the history, due on `due`; its number goes into `text`.
  private func settle(
    due: CivilDate, taxRate: Int, currency: CurrencyCode, numbering: inout InvoiceNumbering,
    text: AccountText,
    using generator: inout some RandomNumberGenerator
  ) -> SettledInvoice {
    let terms = scenario.invoices.termsDays
    let net = generator.minorUnits(in: historyLow...historyHigh)
    let invoice = Self.invoice(
      net: net, taxRate: taxRate, currency: currency, due: due,
      terms: generator.int(in: terms.min...terms.max))
    let (disputed, delay) = profile.settlement(using: &generator)
    // Never settled before issue, nor on or after the case start.
    let settledDate = min(max(due.adding(days: delay), invoice.issueDate), asOf.adding(days: -1))
    text.begin()
    numbering.write(issued: invoice.issueDate, into: text)
    text.end(.historyNumbers)
    return SettledInvoice(
      number: "", issueDate: invoice.issueDate, dueDate: due,
      settledDate: settledDate,
      daysLate: max(0, due.days(until: settledDate)), disputed: disputed, amount: invoice.gross)
  }
}

/// Hands out consecutive invoice numbers, each carrying the year the invoice was issued
/// (`F2025-012345`).
struct InvoiceNumbering {
  var prefix: String
  var next: Int
  /// The year of the last invoice numbered and the days it spans (end excluded): invoices
  /// come in runs of one year, and each run then costs one date conversion, not one each.
  private var year = 0
  private var yearDays = 0..<0

  init(prefix: String, next: Int) {
    self.prefix = prefix
    self.next = next
  }

  /// The next number, for an invoice issued on `issued`.
  mutating func take(issued: CivilDate) -> String {
    defer { next += 1 }
    let year = self.year(of: issued)
    guard (0...9999).contains(year) else {
      return GeneratedText.join(prefix, GeneratedText.zeroPadded(year, width: 4), "-", next, width: 6)
    }
    return GeneratedText.invoiceNumber(prefix: prefix, year: year, serial: next)
  }

  /// Writes the next number into `text`, as `take(issued:)` spells it (a `String` made
  /// straight from digits is cheaper for the few open invoices than text written here and
  /// copied out).
  mutating func write(issued: CivilDate, into text: AccountText) {
    defer { next += 1 }
    let year = self.year(of: issued)
    text.append(prefix)
    if (0...9999).contains(year) {
      text.append(year, width: 4)
    } else {
      text.append(GeneratedText.zeroPadded(year, width: 4))
    }
    text.append(UInt8(ascii: "-"))
    text.append(next, width: 6)
  }

  private mutating func year(of issued: CivilDate) -> Int {
    if !yearDays.contains(issued.daysSinceEpoch) {
      year = issued.year
      let first = CivilDate(year: year, month: 1, day: 1)?.daysSinceEpoch ?? issued.daysSinceEpoch
      let following = CivilDate(year: year + 1, month: 1, day: 1)?.daysSinceEpoch ?? first
      yearDays = first..<max(first, following)
    }
    return year
  }
}
