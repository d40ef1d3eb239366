import Foundation

@testable import CaseSim

/// The properties every generated account must have; returns what is wrong.
enum AccountInvariants {
  static func problems(_ account: Account) -> [String] {
    var problems: [String] = []
    let currency = account.customer.creditLimit.currency
    for invoice in account.invoices {
      if invoice.openAmount.minorUnits < 0 || invoice.openAmount > invoice.gross {
        problems.append("open amount of \(invoice.number)")
      }
      if invoice.issueDate > invoice.dueDate { problems.append("issue after due on \(invoice.number)") }
      if invoice.net + invoice.tax != invoice.gross {
        problems.append("net + tax != gross on \(invoice.number)")
      }
      let paid = account.payments.filter { $0.invoiceNumber == invoice.number }.reduce(Money.zero(currency)) {
        $0 + $1.amount
      }
      let credited = account.creditNotes.filter { $0.invoiceNumber == invoice.number }.reduce(
        Money.zero(currency)
      ) {
        $0 + $1.amount
      }
      if invoice.gross - paid - credited != invoice.openAmount {
        problems.append("\(invoice.number) does not balance")
      }
      for payment in account.payments where payment.invoiceNumber == invoice.number {
        if payment.date < invoice.issueDate || payment.date >= account.asOf {
          problems.append("payment date on \(invoice.number)")
        }
      }
      for dispute in account.disputes where dispute.invoiceNumber == invoice.number {
        if dispute.originalAmount > invoice.gross || dispute.openAmount > dispute.originalAmount
          || dispute.openAmount.minorUnits <= 0
        {
          problems.append("dispute amount on \(invoice.number)")
        }
        if dispute.opened < invoice.issueDate || dispute.opened >= account.asOf {
          problems.append("dispute date on \(invoice.number)")
        }
      }
    }
    let gross = account.invoices.reduce(Money.zero(currency)) { $0 + $1.gross }
    let paid = account.payments.reduce(Money.zero(currency)) { $0 + $1.amount }
    let applied = account.creditNotes.filter { $0.invoiceNumber != nil }.reduce(Money.zero(currency)) {
      $0 + $1.amount
    }
    if gross - paid - applied != account.openBalance { problems.append("account does not balance") }
    let unapplied = account.unappliedCash.reduce(Money.zero(currency)) { $0 + $1.amount }
    let loose = account.creditNotes.filter { $0.invoiceNumber == nil }.reduce(Money.zero(currency)) {
      $0 + $1.amount
    }
    if unapplied + loose != account.creditBalance { problems.append("credit balance") }
    if account.unappliedCash.contains(where: { $0.amount.minorUnits <= 0 }) {
      problems.append("unapplied cash <= 0")
    }
    for settled in account.history {
      if settled.settledDate < settled.issueDate || settled.settledDate >= account.asOf
        || settled.issueDate > settled.dueDate
      {
        problems.append("history dates of \(settled.number)")
      }
      if settled.daysLate != max(0, settled.dueDate.days(until: settled.settledDate)) {
        problems.append("days late of \(settled.number)")
      }
    }
    for promise in account.promises
    where promise.made > promise.promisedDate || promise.promisedDate >= account.asOf {
      problems.append("promise dates on \(promise.invoiceNumber)")
    }
    if zip(account.dunning, account.dunning.dropFirst()).contains(where: { $0.date > $1.date }) {
      problems.append("dunning order")
    }
    let numbers = account.invoices.map(\.number) + account.history.map(\.number)
    if Set(numbers).count != numbers.count { problems.append("duplicate invoice numbers") }
    let vat = account.customer.vatID
    if account.customer.country == .ES && !TaxID.isValidCIF(String(vat.dropFirst(2))) {
      problems.append("CIF \(vat)")
    }
    if !IBAN.isValid(account.customer.iban) { problems.append("IBAN \(account.customer.iban)") }
    return problems
  }
}

enum JSONSerializationCheck {
  static func object(_ bytes: [UInt8]) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(bytes))
    guard let object = value as? [String: Any] else { throw CocoaError(.coderInvalidValue) }
    return object
  }
}
