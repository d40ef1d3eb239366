import CivilCalendar
import Foundation

extension LateInterestClaim: Codable {
  private enum CodingKeys: String, CodingKey {
    case country, currency, amount, disputedAmount, interestBearingAmount, dueDate, paidOn, daysLate
    case periods, interest, compensation, total, notes, payments, interestPaid, contractRatePercent
  }

  /// Decodes the JSON form written by `encode(to:)`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let currency = try container.decode(String.self, forKey: .currency)
    func money(_ key: CodingKeys) throws -> Money {
      let text = try container.decode(String.self, forKey: key)
      guard let value = Money(decimal: text, currency: currency) else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container, debugDescription: "'\(text)' is not an amount like 157.53")
      }
      return value
    }
    let interest = try money(.interest)
    let compensation = try money(.compensation)
    self.init(
      country: try container.decode(String.self, forKey: .country),
      amount: try money(.amount),
      disputedAmount: try money(.disputedAmount),
      interestBearingAmount: try money(.interestBearingAmount),
      dueDate: try container.decode(ISODate.self, forKey: .dueDate).date,
      paidOn: try container.decode(ISODate.self, forKey: .paidOn).date,
      daysLate: try container.decode(Int.self, forKey: .daysLate),
      periods: try container.decode([PeriodJSON].self, forKey: .periods).map {
        try $0.period(currency: currency)
      },
      interest: interest,
      compensation: compensation,
      notes: try container.decode([String].self, forKey: .notes),
      payments: try container.decodeIfPresent([PaymentJSON].self, forKey: .payments)?.map {
        try $0.applied(currency: currency)
      } ?? [],
      contractRateBasisPoints: try container.decodeIfPresent(Decimal.self, forKey: .contractRatePercent).map {
        NSDecimalNumber(decimal: $0 * 100).intValue
      })
    guard total == (try money(.total)) else {
      throw DecodingError.dataCorruptedError(
        forKey: .total, in: container,
        debugDescription: "total is not interest - interest paid + compensation")
    }
  }

  /// Encodes dates as `YYYY-MM-DD` and amounts as decimal strings in one `currency`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(country, forKey: .country)
    try container.encode(amount.currency, forKey: .currency)
    try container.encode(amount.decimalString, forKey: .amount)
    try container.encode(disputedAmount.decimalString, forKey: .disputedAmount)
    try container.encode(interestBearingAmount.decimalString, forKey: .interestBearingAmount)
    try container.encode(dueDate.iso, forKey: .dueDate)
    try container.encode(paidOn.iso, forKey: .paidOn)
    try container.encode(daysLate, forKey: .daysLate)
    try container.encode(periods.map(PeriodJSON.init), forKey: .periods)
    try container.encode(interest.decimalString, forKey: .interest)
    try container.encode(compensation.decimalString, forKey: .compensation)
    try container.encode(total.decimalString, forKey: .total)
    try container.encode(notes, forKey: .notes)
    if !payments.isEmpty {
      try container.encode(payments.map(PaymentJSON.init), forKey: .payments)
      try container.encode(interestPaid.decimalString, forKey: .interestPaid)
    }
    if let contractRateBasisPoints {
      try container.encode(Decimal(contractRateBasisPoints) / 100, forKey: .contractRatePercent)
    }
  }
}

/// A `YYYY-MM-DD` string in JSON.
private struct ISODate: Decodable {
  let date: CivilDate

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a YYYY-MM-DD date")
    }
    self.date = date
  }
}

/// The JSON shape of a period.
private struct PeriodJSON: Codable {
  let from: String
  let to: String
  let days: Int
  let ratePercent: Decimal
  let interest: String
  let principal: String?

  init(_ period: LateInterestClaim.Period) {
    from = period.from.iso
    to = period.to.iso
    days = period.days
    ratePercent = Decimal(period.rateBasisPoints) / 100
    interest = period.interest.decimalString
    principal = period.principal?.decimalString
  }

  func period(currency: String) throws -> LateInterestClaim.Period {
    let basisPoints = NSDecimalNumber(decimal: ratePercent * 100).intValue
    guard let fromDate = CivilDate(iso: from), let toDate = CivilDate(iso: to),
      let amount = Money(decimal: interest, currency: currency)
    else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "period \(from)..\(to) has a bad date or amount"))
    }
    return LateInterestClaim.Period(
      from: fromDate, to: toDate, days: days, rateBasisPoints: basisPoints, interest: amount,
      principal: principal.flatMap { Money(decimal: $0, currency: currency) })
  }
}

/// The JSON shape of an applied part payment.
private struct PaymentJSON: Codable {
  let date: String
  let amount: String
  let toInterest: String
  let toPrincipal: String
  let principalAfter: String

  init(_ applied: AppliedPayment) {
    date = applied.payment.date.iso
    amount = applied.payment.amount.decimalString
    toInterest = applied.toInterest.decimalString
    toPrincipal = applied.toPrincipal.decimalString
    principalAfter = applied.principalAfter.decimalString
  }

  func applied(currency: String) throws -> AppliedPayment {
    guard let day = CivilDate(iso: date), let paid = Money(decimal: amount, currency: currency),
      let interest = Money(decimal: toInterest, currency: currency),
      let principal = Money(decimal: toPrincipal, currency: currency),
      let after = Money(decimal: principalAfter, currency: currency)
    else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "payment \(date) has a bad date or amount"))
    }
    return AppliedPayment(
      payment: PartPayment(date: day, amount: paid), toInterest: interest, toPrincipal: principal,
      principalAfter: after)
  }
}
