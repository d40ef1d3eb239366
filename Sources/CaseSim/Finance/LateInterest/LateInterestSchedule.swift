import CivilCalendar

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
  /// The rates of each half-year the file lists, oldest first; the first is in force from the
  /// half-year's first day, a later one from its own `from` (a change inside the half-year).
  public let rates: [HalfYear: [LateInterestRate]]
  /// Half-years the file names but whose figure is not confirmed, with the file's note: the
  /// calculator refuses them rather than guess.
  public let unconfirmed: [HalfYear: String]
  /// Where a larger compensation is due on larger debts (GB), the scale, smallest debt first.
  public let compensationScale: [CompensationBand]
  /// Whether one rate, that of the half-year in which interest starts to run, applies to the
  /// whole delay (GB: the reference rate of the reference date before the debt became late),
  /// instead of each half-year's own rate for its days.
  public let rateFixedAtStart: Bool

  /// A debt size from which a larger fixed compensation is due.
  public struct CompensationBand: Sendable, Equatable {
    /// Smallest debt (inclusive) the band applies to.
    public let from: Money
    /// Compensation due for debts from `from` up to the next band.
    public let compensation: Money

    /// Creates a band.
    public init(from: Money, compensation: Money) {
      self.from = from
      self.compensation = compensation
    }
  }

  /// Creates a schedule.
  public init(
    country: String, law: String, source: String, marginBasisPoints: Int, compensation: Money,
    rates: [HalfYear: [LateInterestRate]], unconfirmed: [HalfYear: String] = [:],
    compensationScale: [CompensationBand] = [], rateFixedAtStart: Bool = false
  ) {
    self.country = country
    self.law = law
    self.source = source
    self.marginBasisPoints = marginBasisPoints
    self.compensation = compensation
    self.rates = rates.mapValues { $0.sorted { $0.from < $1.from } }
    self.unconfirmed = unconfirmed
    self.compensationScale = compensationScale.sorted { $0.from < $1.from }
    self.rateFixedAtStart = rateFixedAtStart
  }

  /// The rate in force on `date`; nil when the file lacks it (or has it only as unconfirmed).
  public func rate(on date: CivilDate) -> LateInterestRate? {
    rates[HalfYear(containing: date)]?.last { $0.from <= date }
  }

  /// The rate in force on `date`, or an error naming the half-year: missing, or unconfirmed
  /// with the file's note. Never a guess.
  public func requireRate(on date: CivilDate) throws -> LateInterestRate {
    let halfYear = HalfYear(containing: date)
    if let note = unconfirmed[halfYear] {
      throw FinanceError.unconfirmedRate(country: country, halfYear: halfYear, note: note)
    }
    guard let rate = rate(on: date) else {
      throw FinanceError.missingRate(country: country, halfYear: halfYear)
    }
    return rate
  }

  /// The first day after `date` on which another rate takes over inside `date`'s half-year.
  func nextChange(after date: CivilDate) -> CivilDate? {
    rates[HalfYear(containing: date)]?.first { $0.from > date }?.from
  }

  /// Whether the file holds `halfYear`, confirmed or explicitly marked unconfirmed.
  public func holds(_ halfYear: HalfYear) -> Bool {
    rates[halfYear] != nil || unconfirmed[halfYear] != nil
  }

  /// The fixed compensation for a late debt of `amount`: the scale's band where there is one.
  public func compensation(for amount: Money) -> Money {
    compensationScale.last { $0.from <= amount }?.compensation ?? compensation
  }

  /// Currency of the schedule's amounts (the compensation's currency).
  public var currency: String { compensation.currency }
}
