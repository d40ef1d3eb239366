import Testing

@testable import CaseSim

@Suite struct ReceivablesKPITests {
  @Test func dsoBestPossibleAndDaysDelinquent() throws {
    // AR 300,000 on 90-day credit sales of 900,000: 300/900 x 90 = 30 days.
    // Current AR 180,000: 180/900 x 90 = 18 days. ADD = 30 - 18 = 12 days.
    let dso = ReceivablesKPI.dso(
      receivables: try eur("300000.00"), creditSales: try eur("900000.00"), days: 90)
    let best = ReceivablesKPI.bestPossibleDSO(
      currentReceivables: try eur("180000.00"), creditSales: try eur("900000.00"), days: 90)
    #expect(abs(dso - 30) < 1e-9)
    #expect(abs(best - 18) < 1e-9)
    #expect(abs(ReceivablesKPI.averageDaysDelinquent(dso: dso, bestPossibleDSO: best) - 12) < 1e-9)
  }

  @Test func dsoWithoutSales() throws {
    #expect(ReceivablesKPI.dso(receivables: .zero(), creditSales: .zero(), days: 30) == 0)
    #expect(ReceivablesKPI.dso(receivables: try eur("1.00"), creditSales: .zero(), days: 30) == .infinity)
  }

  @Test func countBackDSOTakesTheLastMonthProRata() throws {
    // AR 150,000. March (31 d) sales 100,000 -> 31 days, 50,000 left.
    // February (29 d) sales 80,000 -> 29 x 50,000/80,000 = 18.125. Total 49.125; January unused.
    let result = ReceivablesKPI.countBackDSO(
      receivables: try eur("150000.00"),
      monthlySales: [
        (days: 31, sales: try eur("100000.00")), (days: 29, sales: try eur("80000.00")),
        (days: 31, sales: try eur("90000.00")),
      ])
    #expect(abs(result - 49.125) < 1e-9)
  }

  @Test func countBackDSOEdges() throws {
    let months = [(days: 30, sales: try eur("100.00")), (days: 31, sales: try eur("100.00"))]
    // Exactly one month's sales: that month's days, nothing pro rata.
    #expect(ReceivablesKPI.countBackDSO(receivables: try eur("100.00"), monthlySales: months) == 30)
    // More AR than all the history given: every day given (a floor).
    #expect(ReceivablesKPI.countBackDSO(receivables: try eur("500.00"), monthlySales: months) == 61)
    #expect(ReceivablesKPI.countBackDSO(receivables: .zero(), monthlySales: months) == 0)
  }

  @Test func collectionEffectivenessIndex() throws {
    // (200,000 + 300,000 - 180,000) / (200,000 + 300,000 - 120,000) x 100 = 320/380 x 100 = 84.2105...
    let cei = ReceivablesKPI.collectionEffectivenessIndex(
      beginningReceivables: try eur("200000.00"), creditSales: try eur("300000.00"),
      endingReceivables: try eur("180000.00"), endingCurrentReceivables: try eur("120000.00"))
    #expect(abs(cei - 84.210_526_315_8) < 1e-9)
    // Everything past due collected: ending AR is all current, CEI = 100.
    let perfect = ReceivablesKPI.collectionEffectivenessIndex(
      beginningReceivables: try eur("100.00"), creditSales: try eur("100.00"),
      endingReceivables: try eur("50.00"),
      endingCurrentReceivables: try eur("50.00"))
    #expect(perfect == 100)
    #expect(
      ReceivablesKPI.collectionEffectivenessIndex(
        beginningReceivables: .zero(), creditSales: .zero(), endingReceivables: .zero(),
        endingCurrentReceivables: .zero()
      ).isNaN)
  }
}
