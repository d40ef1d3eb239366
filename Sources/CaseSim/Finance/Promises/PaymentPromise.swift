import CivilCalendar

/// A customer's promise to pay an amount by a date.
public struct PaymentPromise: Sendable, Hashable, Codable {
  /// Amount promised.
  public let amount: Money
  /// Date by which the customer promised to pay.
  public let promisedDate: CivilDate
  /// Date the promise was withdrawn, if it was.
  public let withdrawnOn: CivilDate?

  /// Creates a promise.
  public init(amount: Money, promisedDate: CivilDate, withdrawnOn: CivilDate? = nil) {
    self.amount = amount
    self.promisedDate = promisedDate
    self.withdrawnOn = withdrawnOn
  }
}
