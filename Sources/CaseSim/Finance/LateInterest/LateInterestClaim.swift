import CivilCalendar

/// What a creditor may claim for one late invoice: interest per half-year period, the fixed
/// compensation for recovery costs, the total, and notes explaining any exclusion.
///
/// In JSON, dates are `YYYY-MM-DD`, amounts are decimal strings in `currency` (`"157.53"`)
/// and rates are percentages (`12.5`), so the output reads like the letter it backs.
public struct LateInterestClaim: Sendable, Equatable {
  /// Interest for the days of one calendar half-year, at that half-year's rate.
  public struct Period: Sendable, Equatable {
    /// First day that accrues interest in the period.
    public let from: CivilDate
    /// Last day that accrues interest in the period (inclusive).
    public let to: CivilDate
    /// Days accruing interest: `to - from + 1`.
    public let days: Int
    /// The half-year's rate in basis points (1250 = 12.50 %).
    public let rateBasisPoints: Int
    /// Interest of the period, rounded half-up to the cent.
    public let interest: Money
    /// The principal outstanding the period's interest ran on (less after a part payment).
    public let principal: Money?

    /// Creates a period.
    public init(
      from: CivilDate, to: CivilDate, days: Int, rateBasisPoints: Int, interest: Money,
      principal: Money? = nil
    ) {
      self.from = from
      self.to = to
      self.days = days
      self.rateBasisPoints = rateBasisPoints
      self.interest = interest
      self.principal = principal
    }

    /// The rate as a percentage, e.g. `12.5`.
    public var ratePercent: Double { Double(rateBasisPoints) / 100 }
    /// The rate with two decimals, e.g. `12.50`.
    public var ratePercentText: String { LateInterestRate.percentText(basisPoints: rateBasisPoints) }
  }

  /// Country whose rules were applied.
  public let country: String
  /// Invoice amount.
  public let amount: Money
  /// Part of the invoice under a valid dispute, excluded from interest.
  public let disputedAmount: Money
  /// Amount interest is computed on: `amount - disputedAmount`.
  public let interestBearingAmount: Money
  /// Due date of the invoice.
  public let dueDate: CivilDate
  /// Payment date.
  public let paidOn: CivilDate
  /// `paidOn - dueDate` in calendar days (zero or negative: paid on time).
  public let daysLate: Int
  /// Interest periods, one per calendar half-year touched, oldest first.
  public let periods: [Period]
  /// Sum of the periods' interest: all the interest that accrued.
  public let interest: Money
  /// Part payments received before `paidOn`, each with how it was applied.
  public let payments: [AppliedPayment]
  /// The part of `interest` the part payments already covered.
  public var interestPaid: Money {
    payments.reduce(.zero(amount.currency)) { $0 + $1.toInterest }
  }
  /// The contractual rate (basis points) that replaced the statutory one, if agreed.
  public let contractRateBasisPoints: Int?
  /// Fixed compensation for recovery costs (EUR 40), or zero when not due.
  public let compensation: Money
  /// What is still claimable: `interest - interestPaid + compensation`.
  public let total: Money
  /// Why something was excluded or cut off, in plain words.
  public let notes: [String]

  /// Creates a claim; `total` is derived.
  public init(
    country: String, amount: Money, disputedAmount: Money, interestBearingAmount: Money, dueDate: CivilDate,
    paidOn: CivilDate, daysLate: Int, periods: [Period], interest: Money, compensation: Money,
    notes: [String],
    payments: [AppliedPayment] = [], contractRateBasisPoints: Int? = nil
  ) {
    self.country = country
    self.amount = amount
    self.disputedAmount = disputedAmount
    self.interestBearingAmount = interestBearingAmount
    self.dueDate = dueDate
    self.paidOn = paidOn
    self.daysLate = daysLate
    self.periods = periods
    self.interest = interest
    self.compensation = compensation
    self.payments = payments
    self.contractRateBasisPoints = contractRateBasisPoints
    self.notes = notes
    self.total = interest - payments.reduce(.zero(amount.currency)) { $0 + $1.toInterest } + compensation
  }

  /// Days that accrued interest (fewer than `daysLate` after an insolvency cut-off).
  public var accruedDays: Int { periods.reduce(0) { $0 + $1.days } }

  /// Whether anything at all can be claimed.
  public var isClaimable: Bool { total.minorUnits > 0 }
}
