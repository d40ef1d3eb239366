/// One country's late-payment rules from the rates file: its half-yearly rates, the margin
/// over the reference rate, and the fixed compensation per late invoice.
public struct LateInterestSchedule: Sendable {
  /// ISO 3166 country code, e.g. `ES`.
  public let country: String
  /// The statute that sets the rate, e.g. `Ley 3/2004, art. 7.2`.
  public let law: String
  /// Where the figures come from (official journal, central bank), for the audit trail.
  public let source: String
  /// Points added to the reference rate (800 = 8 points), as the statute fixes them.
  public let marginBasisPoints: Int
  /// Fixed compensation for recovery costs per late invoice (EUR 40 under the Directive).
  public let compensation: Money
  /// The rate of each half-year the file lists.
  public let rates: [HalfYear: LateInterestRate]

  /// Creates a schedule.
  public init(
    country: String, law: String, source: String, marginBasisPoints: Int, compensation: Money,
    rates: [HalfYear: LateInterestRate]
  ) {
    self.country = country
    self.law = law
    self.source = source
    self.marginBasisPoints = marginBasisPoints
    self.compensation = compensation
    self.rates = rates
  }

  /// The rate in force for the half-year containing `date`; nil when the file lacks it.
  public func rate(on date: CivilDate) -> LateInterestRate? {
    rates[HalfYear(containing: date)]
  }

  /// Currency of the schedule's amounts (the compensation's currency).
  public var currency: String { compensation.currency }
}
