import CivilCalendar

/// Resolves a scenario's scripted events against one account: selectors become invoice
/// numbers, shares become amounts, days become dates. Events are resolved in day order
/// against a running balance per invoice, so a payment after a credit note only pays what
/// is still open and a resolver's partial credit is a share of what is disputed.
struct EventResolver {
  let asOf: CivilDate

  /// Open and disputed minor units per invoice (parallel to the account's invoices), and
  /// the last promise made, as the case's days go by.
  struct Ledger {
    var open: [Int64]
    var disputed: [Int64]
    var promise: (invoices: [Int], amount: Int64)?

    init(_ account: Account) {
      open = account.invoices.map(\.openAmount.minorUnits)
      disputed = account.invoices.map { invoice in
        let amount = account.disputes.lazy.filter { $0.invoiceNumber == invoice.number }.reduce(0) {
          $0 + $1.openAmount.minorUnits
        }
        return min(amount, invoice.openAmount.minorUnits)
      }
    }

    func openSum(_ indices: [Int]) -> Int64 { indices.reduce(0) { $0 + open[$1] } }
    func disputedSum(_ indices: [Int]) -> Int64 { indices.reduce(0) { $0 + disputed[$1] } }

    /// Takes `amount` off the invoices in order; a dispute never exceeds what stays open.
    mutating func settle(_ amount: Int64, on indices: [Int]) {
      var rest = amount
      for index in indices where rest > 0 {
        let taken = min(rest, open[index])
        open[index] -= taken
        disputed[index] = min(disputed[index], open[index])
        rest -= taken
      }
    }

    /// Marks `amount` of the invoices as disputed, in order, up to what is open.
    mutating func dispute(_ amount: Int64, on indices: [Int]) {
      var rest = amount
      for index in indices where rest > 0 {
        let added = min(rest, open[index] - disputed[index])
        disputed[index] += added
        rest -= added
      }
    }
  }

  /// `generator` is drawn from only to name an insolvency administrator the account does
  /// not already have.
  func resolve(
    _ events: [ScenarioEvent], in account: Account, using generator: inout some RandomNumberGenerator
  ) -> [ResolvedEvent] {
    guard !events.isEmpty else { return [] }
    let currency = account.customer.creditLimit.code
    var ledger = Ledger(account)
    var resolved: [ResolvedEvent?] = Array(repeating: nil, count: events.count)
    // Day order, file order among events of the same day.
    let order = events.indices.sorted { (events[$0].day, $0) < (events[$1].day, $1) }
    for position in order {
      let event = events[position]
      var indices = select(event.invoice, in: account.invoices)
      if event.kind == .promiseKept, indices.isEmpty, let promise = ledger.promise {
        indices = promise.invoices
      }
      let amount = self.amount(of: event, on: indices, ledger: &ledger)
      var related: CivilDate?
      if let day = event.promisedDay { related = asOf.adding(days: day) }
      if let day = event.publishedDay { related = asOf.adding(days: day) }
      var result = ResolvedEvent(
        day: event.day, date: asOf.adding(days: event.day), kind: event.kind,
        invoiceNumbers: indices.map { account.invoices[$0].number },
        amount: amount.map { Money(minorUnits: $0, code: currency) }, reason: event.reason,
        relatedDate: related, detail: event.outcome?.rawValue ?? event.channel)
      if event.kind == .insolvencyDeclared {
        let published = related ?? result.date
        result.administrator =
          account.insolvency?.administrator
          ?? Self.administrator(for: account.customer.country, using: &generator)
        result.claimDeadline = InsolvencyRecord.claimDeadline(published: published)
        result.declaredDate = event.declaredDay.map { asOf.adding(days: $0) }
      }
      resolved[position] = result
    }
    return resolved.compactMap { $0 }
  }

  /// The event's amount in minor units, applied to the ledger; nil when it has none.
  private func amount(of event: ScenarioEvent, on indices: [Int], ledger: inout Ledger) -> Int64? {
    let open = ledger.openSum(indices)
    switch event.kind {
    case .payment, .partialPayment, .creditNote:
      guard event.kind == .payment || event.amount != nil || event.share != nil else { return nil }
      let amount = shareOrWhole(event, of: open, capped: !indices.isEmpty) ?? open
      ledger.settle(amount, on: indices)
      return amount
    case .disputeRaised:
      // Never more than what is open and not yet disputed.
      let undisputed = open - ledger.disputedSum(indices)
      let amount = min(shareOrWhole(event, of: open) ?? open, undisputed)
      ledger.dispute(amount, on: indices)
      return amount
    case .resolverDecision:
      let disputed = ledger.disputedSum(indices)
      let credited: Int64
      switch event.outcome {
      case .credit: credited = disputed
      case .partial: credited = Int64((Double(disputed) * (event.share ?? 0)).rounded(.down))
      case .rejected, nil: credited = 0
      }
      ledger.settle(credited, on: indices)
      for index in indices { ledger.disputed[index] = 0 }
      return event.outcome == .rejected ? nil : credited
    case .promiseMade:
      let amount = shareOrWhole(event, of: open, capped: true) ?? open
      ledger.promise = (indices, amount)
      return event.share != nil || event.amount != nil ? amount : nil
    case .promiseKept:
      let promised = ledger.promise.map { min($0.amount, open) } ?? open
      let amount = shareOrWhole(event, of: promised) ?? promised
      ledger.settle(amount, on: indices)
      ledger.promise = nil
      return amount
    case .unappliedPayment:
      return event.amount
    default:
      return shareOrWhole(event, of: open, capped: !indices.isEmpty)
    }
  }

  /// `amount` (capped at `base` when `capped`), `share` of `base`, or nil when the event
  /// names neither.
  private func shareOrWhole(_ event: ScenarioEvent, of base: Int64, capped: Bool = true) -> Int64? {
    if let minor = event.amount { return capped ? min(minor, max(0, base)) : minor }
    if let share = event.share { return Int64((Double(max(0, base)) * share).rounded(.down)) }
    return nil
  }

  static func administrator(for country: Country, using generator: inout some RandomNumberGenerator) -> String
  {
    let book = NameBook.book(for: country)
    return generator.element(of: book.givenNames) + " " + generator.element(of: book.surnames)
  }

  func select(_ selector: InvoiceSelector?, in invoices: [Invoice]) -> [Int] {
    guard let selector, !invoices.isEmpty else { return [] }
    switch selector {
    case .oldest: return [0]
    case .newest: return [invoices.count - 1]
    // Ties go to the earlier invoice, so the choice does not depend on sort stability.
    case .largest:
      let best = invoices.indices.max { (invoices[$0].gross, $1) < (invoices[$1].gross, $0) }
      return [best ?? 0]
    case .smallest:
      let best = invoices.indices.min { (invoices[$0].gross, $0) < (invoices[$1].gross, $1) }
      return [best ?? 0]
    case .all: return Array(invoices.indices)
    case .position(let position): return position <= invoices.count ? [position - 1] : []
    }
  }
}
