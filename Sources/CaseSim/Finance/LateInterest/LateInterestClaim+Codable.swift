import Foundation

extension LateInterestClaim: Codable {
  private enum CodingKeys: String, CodingKey {
    case country, currency, amount, disputedAmount, interestBearingAmount, dueDate, paidOn, daysLate
    case periods, interest, compensation, total, notes
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
      notes: try container.decode([String].self, forKey: .notes))
    guard total == (try money(.total)) else {
      throw DecodingError.dataCorruptedError(
        forKey: .total, in: container, debugDescription: "total is not interest + compensation")
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

  init(_ period: LateInterestClaim.Period) {
    from = period.from.iso
    to = period.to.iso
    days = period.days
    ratePercent = Decimal(period.rateBasisPoints) / 100
    interest = period.interest.decimalString
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
      from: fromDate, to: toDate, days: days, rateBasisPoints: basisPoints, interest: amount)
  }
}
