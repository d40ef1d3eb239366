/// Resolves a scenario's scripted events against one account: selectors become invoice
/// numbers, shares become amounts, days become dates. No randomness: an event means the
/// same thing for every seed, only the invoices differ.
struct EventResolver {
  let asOf: CivilDate

  func resolve(_ events: [ScenarioEvent], in account: Account) -> [ResolvedEvent] {
    let currency = account.customer.creditLimit.currency
    return events.map { event in
      let invoices = select(event.invoice, in: account.invoices)
      let base = invoices.reduce(Money.zero(currency)) { $0 + $1.openAmount }
      var amount: Money?
      if let minor = event.amount {
        // A fixed amount never exceeds what is open on the selected invoices.
        amount = Money(minorUnits: invoices.isEmpty ? minor : min(minor, base.minorUnits), currency: currency)
      } else if let share = event.share {
        amount = Money(
          minorUnits: Int64((Double(base.minorUnits) * share).rounded(.down)), currency: currency)
      } else if event.kind == .payment || event.kind == .disputeRaised {
        amount = base
      }
      var related: CivilDate?
      if let day = event.promisedDay { related = asOf.adding(days: day) }
      if let day = event.publishedDay { related = asOf.adding(days: day) }
      return ResolvedEvent(
        day: event.day, date: asOf.adding(days: event.day), kind: event.kind,
        invoiceNumbers: invoices.map(\.number),
        amount: amount, reason: event.reason, relatedDate: related,
        detail: event.outcome?.rawValue ?? event.channel)
    }
  }

  func select(_ selector: InvoiceSelector?, in invoices: [Invoice]) -> [Invoice] {
    guard let selector, !invoices.isEmpty else { return [] }
    switch selector {
    case .oldest: return [invoices[0]]
    case .newest: return [invoices[invoices.count - 1]]
    // Ties go to the earlier invoice, so the choice does not depend on sort stability.
    case .largest:
      let best = invoices.enumerated().max { ($0.element.gross, $1.offset) < ($1.element.gross, $0.offset) }
      return [best?.element ?? invoices[0]]
    case .smallest:
      let best = invoices.enumerated().min { ($0.element.gross, $0.offset) < ($1.element.gross, $1.offset) }
      return [best?.element ?? invoices[0]]
    case .all: return invoices
    case .position(let position): return position <= invoices.count ? [invoices[position - 1]] : []
    }
  }
}
