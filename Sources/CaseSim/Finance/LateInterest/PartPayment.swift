import CivilCalendar

/// A payment on account of a late invoice before it is settled in full.
public struct PartPayment: Sendable, Equatable {
  /// Day the money was received.
  public let date: CivilDate
  /// Amount received.
  public let amount: Money

  /// Creates a part payment.
  public init(date: CivilDate, amount: Money) {
    self.date = date
    self.amount = amount
  }

  /// Parses `DATE:AMOUNT` (`2024-02-01:2500.00`); nil for anything else.
  public init?(text: String, currency: String = "EUR") {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let date = CivilDate(iso: String(parts[0])),
      let amount = Money(decimal: String(parts[1]), currency: currency), amount.minorUnits > 0
    else { return nil }
    self.init(date: date, amount: amount)
  }
}

/// How a part payment is split between the interest accrued to its date and the principal.
public enum PaymentApplication: String, Sendable, Codable, CaseIterable {
  /// The payment reduces the invoice's principal, as the ledger applied it to the invoice the
  /// remittance named: an imputation the creditor accepted (Civil Code art. 1172; art. 1173
  /// yields to it). The desk's default (COL-010): it is how the ERP posts cash.
  case principalFirst = "principal-first"
  /// Civil Code art. 1173: while interest is owed, a payment is not taken as paid on account
  /// of the principal until the interest is covered. For a payment legal counsel imputed to
  /// the interest at the time, in writing.
  case interestFirst = "interest-first"
}

/// How one part payment was applied.
public struct AppliedPayment: Sendable, Equatable {
  /// The payment.
  public let payment: PartPayment
  /// Part that covered interest accrued to the payment date.
  public let toInterest: Money
  /// Part that reduced the principal.
  public let toPrincipal: Money
  /// Principal outstanding after the payment (interest runs on it from the next day).
  public let principalAfter: Money

  /// Creates an applied payment.
  public init(payment: PartPayment, toInterest: Money, toPrincipal: Money, principalAfter: Money) {
    self.payment = payment
    self.toInterest = toInterest
    self.toPrincipal = toPrincipal
    self.principalAfter = principalAfter
  }
}
