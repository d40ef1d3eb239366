import CivilCalendar
import SOPKit

// Selectors let one attempt file work on any seed: `invoices: ["overdue"]`, `amount: "open"`,
// `promised_date: "offered"` are resolved against the account when the action is taken.
extension CaseSimulation {
  /// Invoice selectors `docs/actions-format.md` lists.
  public static let invoiceSelectors = [
    "all", "open", "overdue", "disputed", "undisputed", "oldest", "newest", "largest", "offered", "promised",
  ]

  /// The amount selectors (`share:F` with F from 0 to 1), as `docs/actions-format.md` lists them.
  public static let amountSelectors = [
    "open", "overdue", "disputed", "undisputed", "credit", "offered", "interest_due", "share:F",
  ]

  func resolveInvoices(_ values: [String], for action: ProcessAction) throws -> [String] {
    var result: [String] = []
    for value in values {
      for number in try resolveInvoice(value, for: action) where !result.contains(number) {
        result.append(number)
      }
    }
    return result
  }

  private func resolveInvoice(_ value: String, for action: ProcessAction) throws -> [String] {
    let open = ledger.openNumbers()
    switch value {
    case "all": return ledger.items.map(\.number)
    case "open": return open
    case "overdue": return ledger.overdueNumbers(on: day)
    case "disputed": return ledger.disputedNumbers()
    case "undisputed": return ledger.overdueNumbers(on: day).filter { !ledger.isDisputed($0) }
    case "oldest": return open.first.map { [$0] } ?? []
    case "newest": return open.last.map { [$0] } ?? []
    case "largest":
      return ledger.items.filter { $0.open.minorUnits > 0 }.max { $0.open.minorUnits < $1.open.minorUnits }
        .map {
          [$0.number]
        } ?? []
    case "offered": return offer?.invoices ?? ledger.overdueNumbers(on: day)
    case "promised": return ledger.promises.last?.invoices ?? []
    default:
      if ledger.index(of: value) != nil { return [value] }
      if let position = Int(value), position >= 1, position <= ledger.items.count {
        return [ledger.items[position - 1].number]
      }
      throw SimulationError.badParameter(
        action: action.rawValue, parameter: "invoices", value: value, problem: .notAnInvoice)
    }
  }

  func resolveAmount(_ value: String, invoices: [String], for action: ProcessAction) throws -> Money {
    let overdue = invoices.filter { ledger.isOverdue(ledger.items[ledger.index(of: $0) ?? 0], on: day) }
    switch value {
    case "open": return ledger.openAmount(of: invoices)
    case "overdue": return ledger.openAmount(of: overdue)
    case "disputed": return ledger.disputedAmount(of: invoices)
    case "undisputed": return ledger.openAmount(of: invoices) - ledger.disputedAmount(of: invoices)
    case "credit": return ledger.credit
    case "offered": return offer?.amount ?? ledger.openAmount(of: invoices)
    case "interest_due": return interestDue(on: invoices)
    default:
      if value.hasPrefix("share:"), let share = Double(value.dropFirst(6)), share >= 0, share <= 1 {
        let base = ledger.openAmount(of: ledger.overdueNumbers(on: day))
        return Money(
          minorUnits: Int64((Double(base.minorUnits) * share).rounded()), currency: ledger.currency)
      }
      if case .failure(.tooLarge) = Money.parse(decimal: value, currency: ledger.currency) {
        throw SimulationError.badParameter(
          action: action.rawValue, parameter: "amount", value: value, problem: .amountTooLarge)
      }
      guard let money = Money(decimal: value, currency: ledger.currency), money.minorUnits >= 0 else {
        throw SimulationError.badParameter(
          action: action.rawValue, parameter: "amount", value: value, problem: .notAnAmount)
      }
      return money
    }
  }

  func resolveDay(_ value: String, parameter: String, for action: ProcessAction) throws -> Int {
    if value == "offered" { return offer?.day ?? day }
    if value.hasPrefix("+"), let days = Int(value.dropFirst()), days >= 0, days <= 3650 { return day + days }
    guard let date = CivilDate(iso: value) else {
      throw SimulationError.badParameter(
        action: action.rawValue, parameter: parameter, value: value, problem: .notADate)
    }
    return account.asOf.days(until: date)
  }

  /// Statutory interest and EUR 40 on the named invoices, to their payment day or today.
  func interestDue(on invoices: [String]) -> Money {
    var total = ledger.zero
    for number in invoices {
      guard let index = ledger.index(of: number) else { continue }
      let item = ledger.items[index]
      let paidDay = item.settledDay ?? day
      // Cash on or before the due date was not late; cash between the due date and the day
      // the invoice is settled (or today) is a part payment, applied to the invoice as the
      // ledger applied it (principal first, CC art. 1172: `PaymentApplication`).
      let onTime = item.receipts.filter { $0.day <= item.dueDay }.reduce(ledger.zero) { $0 + $1.amount }
      let partPayments = item.receipts.filter { $0.day > item.dueDay && $0.day < paidDay }.map {
        PartPayment(date: account.asOf.adding(days: $0.day), amount: $0.amount)
      }
      total += CaseOutcome.lateClaim(
        amount: item.interestBase - onTime, dueDate: account.asOf.adding(days: item.dueDay),
        paidOn: account.asOf.adding(days: paidDay), payments: partPayments,
        disputed: ledger.disputedAmount(of: [number]),
        insolvency: insolvencyDay.map { account.asOf.adding(days: $0) },
        country: account.customer.country.rawValue)
    }
    return total
  }
}
