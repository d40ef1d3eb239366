/// Receivables key performance indicators, exactly as DOMAIN.md "KPIs" defines them.
///
/// Money goes in as cents; ratios and day counts come out as `Double` (they are reported,
/// never booked). A zero denominator gives `0` when there is nothing outstanding either and
/// `.infinity` otherwise for the DSO family, and `.nan` for CEI (nothing was collectible).
public enum ReceivablesKPI {
  /// Days sales outstanding, simple method: `receivables / creditSales x days`.
  public static func dso(receivables: Money, creditSales: Money, days: Int) -> Double {
    ratio(receivables, creditSales) * Double(days)
  }

  /// Best possible DSO: `currentReceivables / creditSales x days`, where current means not
  /// yet past due; the DSO the team would have if every customer paid on time.
  public static func bestPossibleDSO(currentReceivables: Money, creditSales: Money, days: Int) -> Double {
    ratio(currentReceivables, creditSales) * Double(days)
  }

  /// Average days delinquent: `dso - bestPossibleDSO`, the days lost to late payment.
  public static func averageDaysDelinquent(dso: Double, bestPossibleDSO: Double) -> Double {
    dso - bestPossibleDSO
  }

  /// Count-back DSO: walk back from the newest month, subtracting each month's credit sales
  /// from the receivables and adding its days; the month that exhausts them counts pro rata
  /// (`days x remaining / sales`). `monthlySales` is newest month first. When the receivables
  /// exceed all the sales given, the result is the sum of all the months' days (a floor: pass
  /// more history for the true figure).
  public static func countBackDSO(receivables: Money, monthlySales: [(days: Int, sales: Money)]) -> Double {
    var remaining = receivables.minorUnits
    var result = 0.0
    for month in monthlySales where remaining > 0 {
      if remaining >= month.sales.minorUnits {
        result += Double(month.days)
        remaining -= month.sales.minorUnits
      } else {
        result += Double(month.days) * Double(remaining) / Double(month.sales.minorUnits)
        remaining = 0
      }
    }
    return result
  }

  /// Collection effectiveness index, single-period variant with the period's total credit
  /// sales (not the monthly average):
  /// `(beginning + sales - ending) / (beginning + sales - endingCurrent) x 100`.
  /// 100 means everything collectible was collected.
  public static func collectionEffectivenessIndex(
    beginningReceivables: Money, creditSales: Money, endingReceivables: Money, endingCurrentReceivables: Money
  ) -> Double {
    let available = beginningReceivables.minorUnits + creditSales.minorUnits
    let collected = available - endingReceivables.minorUnits
    let collectible = available - endingCurrentReceivables.minorUnits
    guard collectible > 0 else { return .nan }
    return Double(collected) / Double(collectible) * 100
  }

  private static func ratio(_ part: Money, _ whole: Money) -> Double {
    guard whole.minorUnits != 0 else { return part.minorUnits == 0 ? 0 : .infinity }
    return Double(part.minorUnits) / Double(whole.minorUnits)
  }
}
