import Testing

@testable import CaseSim

/// The `default` profile against DOMAIN.md's figures, over 20,000+ settled invoices of a
/// generated portfolio. Tolerances are about four standard errors at this sample size.
@Suite struct BehaviourProfileTests {
  @Test func derivesTheLateRatesFromTheTargets() {
    let profile = BehaviourProfile.default
    #expect(abs(profile.lateIfUndisputed - 0.25) < 1e-12)
    #expect(abs(profile.lateIfDisputed - 0.625) < 1e-12)
  }

  @Test func generatedPortfolioReproducesTheTargets() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("portfolio"))
    var settled: [SettledInvoice] = []
    var index = 0
    while settled.count < 20_000 {
      settled += generator.account(seed: 2026, index: index).history
      index += 1
    }
    let count = Double(settled.count)
    let late = settled.filter { $0.daysLate > 0 }
    let disputed = settled.filter(\.disputed)
    let lateShare = Double(late.count) / count
    let disputedShare = Double(disputed.count) / count
    let lateIfDisputed = Double(disputed.filter { $0.daysLate > 0 }.count) / Double(disputed.count)
    let undisputed = settled.filter { !$0.disputed }
    let lateIfUndisputed = Double(undisputed.filter { $0.daysLate > 0 }.count) / Double(undisputed.count)
    let days = late.map(\.daysLate).sorted()
    let median = days[days.count / 2]
    let p95 = days[days.count * 95 / 100]

    #expect(abs(lateShare - 1.0 / 3) < 0.015, "late share \(lateShare)")
    #expect((0.2...0.25).contains(disputedShare), "disputed share \(disputedShare)")
    #expect(abs(lateIfDisputed / lateIfUndisputed - 2.5) < 0.2, "ratio \(lateIfDisputed / lateIfUndisputed)")
    #expect((6...8).contains(median), "median days late \(median)")
    // The 60-day cut pulls the 95th percentile from 42 to about 34 days (see the profile).
    #expect((30...42).contains(p95), "95th percentile \(p95)")
    let beyondSixWeeks = Double(days.filter { $0 > 42 }.count) / Double(days.count)
    #expect((0.01...0.06).contains(beyondSixWeeks), "share beyond six weeks \(beyondSixWeeks)")
    #expect(days.last ?? 0 <= 60)
    #expect(Double(days.filter { $0 > 14 }.count) / Double(days.count) > 0.2, "right-skewed tail")
  }
}
