import CivilCalendar

/// An invoice to the customer.
public struct Invoice: Sendable, Hashable, Codable {
  /// Invoice number.
  public var number: String
  /// Issue date.
  public var issueDate: CivilDate
  /// Due date (issue + terms).
  public var dueDate: CivilDate
  /// Payment terms in days.
  public var termsDays: Int
  /// Net amount.
  public var net: Money
  /// Tax (VAT) on the net amount.
  public var tax: Money
  /// Net plus tax.
  public var gross: Money
  /// The customer's purchase-order number.
  public var poNumber: String
  /// Gross less payments and credit notes applied.
  public var openAmount: Money
}

/// A payment received, and how it was applied.
public struct Payment: Sendable, Hashable, Codable {
  /// Bank reference.
  public var reference: String
  /// Value date.
  public var date: CivilDate
  /// Amount received.
  public var amount: Money
  /// Invoice the payment was applied to.
  public var invoiceNumber: String
}

/// A credit note issued to the customer.
public struct CreditNote: Sendable, Hashable, Codable {
  /// Credit note number.
  public var number: String
  /// Issue date.
  public var date: CivilDate
  /// Amount credited (positive).
  public var amount: Money
  /// Invoice it is applied to; nil while unallocated (a credit balance).
  public var invoiceNumber: String?
  /// Why it was issued.
  public var reason: DisputeReason
}

/// Money received that is not applied to any invoice.
public struct UnappliedCash: Sendable, Hashable, Codable {
  /// Bank reference.
  public var reference: String
  /// Value date.
  public var date: CivilDate
  /// Amount.
  public var amount: Money
  /// What the remittance said, if anything.
  public var remittance: String
}
