import CivilCalendar

/// Writes a persona's past into an account: disputes, promises, part payments, dunning,
/// credit balances and insolvency, so the history is consistent with how the customer
/// behaves (a serial promise breaker has broken promises, an insolvent has a record...).
struct PersonaShaper {
  let asOf: CivilDate
  let persona: Persona

  /// The past dunning follows the standard policy's ladder: each level's delay after due and
  /// its first channel.
  static let ladder: [(delay: Int, channel: String)] = DunningPolicy.standard.levels.map {
    ($0.delayDays, $0.channels.first?.rawValue ?? DunningChannel.letter.rawValue)
  }
  /// Chance an open overdue invoice of a non-disputer persona is disputed, as a share of
  /// the persona's dispute probability (contact has not happened yet for all of them).
  static let incidentalDisputeFactor = 0.5

  /// Shapes `account`; the numbers of its settled invoices are in `text`.
  func shape(_ account: inout Account, text: AccountText, using generator: inout some RandomNumberGenerator) {
    guard !account.invoices.isEmpty else { return }
    let currency = account.customer.creditLimit.code
    // Disputes do not change due dates: both steps share one list of overdue invoices.
    let overdue = overdueIndices(account)
    addDisputes(&account, overdue: overdue, using: &generator)
    addPromises(&account, overdue: overdue, using: &generator)
    switch persona.type {
    case .insolvent:
      let published = asOf.adding(days: -generator.int(in: 2...15))
      let administrator = EventResolver.administrator(for: account.customer.country, using: &generator)
      account.insolvency = InsolvencyRecord(
        declared: published.adding(days: -generator.int(in: 1...5)), published: published,
        administrator: administrator, claimDeadline: InsolvencyRecord.claimDeadline(published: published))
    case .overpayer:
      let amount = account.history.last?.amount ?? account.invoices[0].gross
      let source =
        account.history.isEmpty
        ? account.invoices[0].number
        : String(decoding: text.item(.historyNumbers, account.history.count - 1), as: UTF8.self)
      account.unappliedCash.append(
        UnappliedCash(
          reference: reference(using: &generator), date: asOf.adding(days: -generator.int(in: 3...25)),
          amount: amount, remittance: "duplicate payment of \(source)"))
    case .reconciler:
      let target = account.invoices[account.invoices.count - 1]
      let cash = share(of: target.gross, permille: generator.int(in: 200...600))
      account.unappliedCash.append(
        UnappliedCash(
          reference: reference(using: &generator), date: asOf.adding(days: -generator.int(in: 2...20)),
          amount: cash, remittance: "payment on account"))
      let credit = Money(
        minorUnits: max(1, share(of: target.gross, permille: 100).minorUnits), code: currency)
      let serial = String(generator.int(in: 10_000...99_999))
      let date = asOf.adding(days: -generator.int(in: 5...40))
      account.creditNotes.append(
        CreditNote(
          number: GeneratedText.join("CN-", String(date.year), "-", serial), date: date, amount: credit,
          invoiceNumber: nil, reason: generator.element(of: [.pricing, .goodsReturned, .quality])))
    default:
      break
    }
    addDunning(&account)
    account.payments.sort { ($0.date, $0.reference) < ($1.date, $1.reference) }
  }

  private func overdueIndices(_ account: Account) -> [Int] {
    account.invoices.indices.filter { account.invoices[$0].dueDate < asOf }
  }

  private func addDisputes(
    _ account: inout Account, overdue: [Int], using generator: inout some RandomNumberGenerator
  ) {
    var chosen: [Int] = []
    if persona.type == .disputer {
      let candidates = overdue.isEmpty ? Array(account.invoices.indices) : overdue
      chosen.append(generator.element(of: candidates))
    }
    let incidental =
      persona.disputeProbability * (persona.type == .disputer ? 1 : Self.incidentalDisputeFactor)
    for index in overdue where !chosen.contains(index) && generator.chance(incidental) {
      chosen.append(index)
    }
    for index in chosen.sorted() {
      let invoice = account.invoices[index]
      let reason = generator.element(of: DisputeReason.allCases)
      let amount = share(of: invoice.openAmount, permille: 50 * generator.int(in: 4...20))
      let latest = asOf.adding(days: -1)
      let opened = min(
        latest,
        invoice.issueDate.adding(days: generator.int(in: 1...max(1, invoice.issueDate.days(until: latest)))))
      account.disputes.append(
        Dispute(
          id: GeneratedText.join("D-", generator.int(in: 100_000...999_999)), invoiceNumber: invoice.number,
          reason: reason,
          originalAmount: amount, openAmount: amount, resolver: reason.defaultResolver, opened: opened))
    }
  }

  private func addPromises(
    _ account: inout Account, overdue: [Int], using generator: inout some RandomNumberGenerator
  ) {
    let overdue = overdue.filter { index in
      !account.disputes.contains { $0.invoiceNumber == account.invoices[index].number }
    }
    let candidates = overdue.isEmpty ? Array(account.invoices.indices) : overdue
    // Made in the account's own list (empty here), which keeps its storage across refills.
    for _ in 0..<persona.brokenPromises {
      let invoice = account.invoices[generator.element(of: candidates)]
      let (made, promised) = promiseDates(for: invoice, using: &generator)
      account.promises.append(
        PromiseRecord(
          invoiceNumber: invoice.number, made: made, promisedDate: promised, amount: invoice.openAmount,
          paid: Money(minorUnits: 0, code: invoice.gross.code), status: .broken, level: 1))
    }
    if persona.type == .cashFlowTrouble, let index = overdue.first {
      let invoice = account.invoices[index]
      let (made, promised) = promiseDates(for: invoice, using: &generator)
      let permille = max(50, Int(persona.partialPaymentShare * 1000))
      let paid = share(of: invoice.openAmount, permille: min(permille, 950))
      account.invoices[index].openAmount -= paid
      account.payments.append(
        Payment(
          reference: reference(using: &generator), date: promised, amount: paid, invoiceNumber: invoice.number
        ))
      account.promises.append(
        PromiseRecord(
          invoiceNumber: invoice.number, made: made, promisedDate: promised, amount: invoice.openAmount,
          paid: paid,
          status: .partiallyKept, level: 1))
    }
    // A promise made after a part payment can only promise what was still open then.
    for index in account.promises.indices where account.promises[index].status == .broken {
      let promise = account.promises[index]
      let paidBefore = account.payments.lazy.filter {
        $0.invoiceNumber == promise.invoiceNumber && $0.date <= promise.made
      }.reduce(0) { $0 + $1.amount.minorUnits }
      account.promises[index].amount.minorUnits = max(0, promise.amount.minorUnits - paidBefore)
    }
    account.promises.sort { ($0.made, $0.invoiceNumber) < ($1.made, $1.invoiceNumber) }
    // A promise made after a broken one is level 2 (DOMAIN.md "Promises to pay").
    var brokenBefore = false
    for index in account.promises.indices {
      account.promises[index].level = brokenBefore ? 2 : 1
      if account.promises[index].status == .broken { brokenBefore = true }
    }
  }

  /// A made date after issue and a promised date a few days later, both before the case.
  private func promiseDates(
    for invoice: Invoice, using generator: inout some RandomNumberGenerator
  ) -> (CivilDate, CivilDate) {
    let earliest = max(invoice.issueDate, invoice.dueDate).adding(days: 1)
    let latestMade = asOf.adding(days: -3)
    let drawn =
      earliest < latestMade
      ? earliest.adding(days: generator.int(in: 0...earliest.days(until: latestMade))) : earliest
    let made = min(drawn, asOf.adding(days: -1))
    let promised = min(made.adding(days: generator.int(in: 2...7)), asOf.adding(days: -1))
    return (made, max(promised, made))
  }

  private func addDunning(_ account: inout Account) {
    let maximumLevel: Int
    switch persona.type {
    case .reliable, .forgetful: maximumLevel = 1
    case .unresponsive: maximumLevel = 3
    default: maximumLevel = 2 + (persona.brokenPromises > 1 ? 1 : 0)
    }
    let stop = account.insolvency?.declared ?? asOf.adding(days: 1)
    account.dunning.reserveCapacity(account.dunning.count + account.invoices.count * maximumLevel)
    // By index and field, not `for invoice in`: copying out each invoice retained its
    // strings. The ladder is borrowed once, not retained per invoice by every thread.
    Self.ladder.withUnsafeBufferPointer { ladder in
      for index in account.invoices.indices where account.invoices[index].dueDate < asOf {
        let dueDate = account.invoices[index].dueDate
        let number = account.invoices[index].number
        let disputed = account.disputes.first { $0.invoiceNumber == number }?.opened
        for (level, step) in ladder.prefix(maximumLevel).enumerated() {
          let date = dueDate.adding(days: step.delay)
          guard date < asOf, date < stop, disputed.map({ date < $0 }) ?? true else { break }
          account.dunning.append(
            DunningRecord(invoiceNumber: number, level: level + 1, date: date, channel: step.channel))
        }
      }
    }
    account.dunning.sort { ($0.date, $0.invoiceNumber, $0.level) < ($1.date, $1.invoiceNumber, $1.level) }
  }

  private func share(of amount: Money, permille: Int) -> Money {
    Money(minorUnits: amount.minorUnits * Int64(permille) / 1000, code: amount.code)
  }

  private func reference(using generator: inout some RandomNumberGenerator) -> String {
    GeneratedText.join("TRF", generator.int(in: 10_000_000...99_999_999))
  }
}
