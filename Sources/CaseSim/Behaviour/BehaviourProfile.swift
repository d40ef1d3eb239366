import Foundation

/// How the settled invoices of a payment history were paid: the share paid late, the share
/// disputed, and the distribution of days late. Profiles are code, not files, so the
/// numbers sit next to their derivation.
///
/// Calibration of `default` (DOMAIN.md, "Payment behaviour of real B2B customers", which
/// summarises public AR payment-history data sets): one settled invoice in three paid late
/// (L = 1/3), one in four to five disputed (d = 2/9, i.e. 1 in 4.5), and a disputed invoice
/// paid late r = 2.5 times as often as an undisputed one. With p_u and p_d the late rates
/// of undisputed and disputed invoices:
///
///     L = d * p_d + (1 - d) * p_u,  p_d = r * p_u
///     => p_u = L / (1 + d * (r - 1)) = (1/3) / (1 + (2/9) * 1.5) = (1/3) / (4/3) = 1/4
///        p_d = 2.5 * 1/4 = 5/8
///
/// Days late among late invoices are right-skewed: log-normal with median m = 7 days
/// (mu = ln 7) and a tail to about six weeks, taken as the 95th percentile q = 42 days:
///
///     sigma = ln(q / m) / z_0.95 = ln 6 / 1.6449 = 1.089
///
/// drawn as ceil(exp(mu + sigma * Z)), redrawn above the cut of 60 days (2.4% of draws). The
/// cut moves the median from 7.0 to about 6.8 days (7 after rounding up) and the generated
/// 95th percentile from 42 to about 34 days (P(X <= q) = 0.95 * P(X <= 60) gives z = 1.455),
/// leaving about 3% of late invoices beyond six weeks. On-time invoices are settled between
/// 10 days early and the due date, uniformly.
public struct BehaviourProfile: Sendable, Hashable {
  /// Name used by scenarios (`behaviour: default`).
  public let name: String
  /// Share of settled invoices that were disputed (d).
  public let disputedShare: Double
  /// Late rate of undisputed invoices (p_u).
  public let lateIfUndisputed: Double
  /// Late rate of disputed invoices (p_d).
  public let lateIfDisputed: Double
  /// Median days late among late invoices (m).
  public let medianDaysLate: Double
  /// 95th percentile of days late (q).
  public let p95DaysLate: Double
  /// Longest delay drawn; longer draws are redrawn.
  public let maximumDaysLate: Int
  /// Most days an on-time invoice is paid before its due date.
  public let maximumDaysEarly: Int = 10
  /// mu and sigma of the delay's log-normal, worked out once rather than per late invoice.
  let mu: Double
  let sigma: Double

  /// Derives p_u and p_d from the overall late share L, disputed share d and ratio r.
  init(
    name: String, lateShare: Double, disputedShare: Double, disputedLateRatio: Double,
    medianDaysLate: Double, p95DaysLate: Double, maximumDaysLate: Int
  ) {
    self.name = name
    self.disputedShare = disputedShare
    lateIfUndisputed = lateShare / (1 + disputedShare * (disputedLateRatio - 1))
    lateIfDisputed = min(1, disputedLateRatio * lateIfUndisputed)
    self.medianDaysLate = medianDaysLate
    self.p95DaysLate = p95DaysLate
    self.maximumDaysLate = maximumDaysLate
    mu = log(medianDaysLate)
    sigma = log(p95DaysLate / medianDaysLate) / Self.z95
  }

  /// The calibrated B2B profile (derivation above).
  public static let `default` = BehaviourProfile(
    name: "default", lateShare: 1.0 / 3, disputedShare: 2.0 / 9, disputedLateRatio: 2.5,
    medianDaysLate: 7, p95DaysLate: 42, maximumDaysLate: 60)

  /// A good payer: 1 in 10 late, 1 in 12 disputed, short delays.
  public static let prompt = BehaviourProfile(
    name: "prompt", lateShare: 0.1, disputedShare: 1.0 / 12, disputedLateRatio: 2.5,
    medianDaysLate: 4, p95DaysLate: 15, maximumDaysLate: 30)

  /// A habitually slow payer: 2 in 3 late, 1 in 3 disputed, long delays.
  public static let slow = BehaviourProfile(
    name: "slow", lateShare: 2.0 / 3, disputedShare: 1.0 / 3, disputedLateRatio: 1.3,
    medianDaysLate: 18, p95DaysLate: 75, maximumDaysLate: 120)

  /// Every profile a scenario can name.
  public static let all: [BehaviourProfile] = [.default, .prompt, .slow]

  /// The profile called `name`.
  public static func named(_ name: String) -> BehaviourProfile? {
    all.first { $0.name == name }
  }

  /// z for the 95th percentile of the standard normal.
  static let z95 = 1.6448536269514722

  /// Draws whether a settled invoice was disputed and how many days late (negative = early)
  /// it was paid.
  func settlement(using generator: inout some RandomNumberGenerator) -> (disputed: Bool, daysLate: Int) {
    let disputed = generator.chance(disputedShare)
    let late = generator.chance(disputed ? lateIfDisputed : lateIfUndisputed)
    guard late else { return (disputed, -generator.int(in: 0...maximumDaysEarly)) }
    return (disputed, daysLate(using: &generator))
  }

  /// A right-skewed delay of 1...maximumDaysLate days.
  func daysLate(using generator: inout some RandomNumberGenerator) -> Int {
    for _ in 0..<32 {
      let days = Int(exp(mu + sigma * generator.normal()).rounded(.up))
      if days <= maximumDaysLate { return max(1, days) }
    }
    return maximumDaysLate
  }
}
