import CaseSim
import Foundation

/// Renders a `PortfolioReport` as text, JSON or CSV (CSV: one row per metric, section first).
enum PortfolioReportRenderer {
  static func render(_ report: PortfolioReport, format: PortfolioReportFormat) -> String {
    switch format {
    case .text: text(report)
    case .json: json(report)
    case .csv: csv(report)
    }
  }

  static func fixed(_ value: Double) -> String {
    value.isFinite ? String(format: "%.1f", value) : "n/a"
  }

  static func text(_ report: PortfolioReport) -> String {
    var out =
      "Portfolio as of \(report.asOf): \(report.accounts) accounts, receivables \(report.receivables)\n\nAging\n"
    for row in report.buckets {
      out +=
        "  \(row.bucket.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(row.count).leftPad(8)) \(row.amount.decimalString.leftPad(16))\n"
    }
    out += "  overdue share \(fixed(report.overdueShare * 100))%\n\n"
    out +=
      "KPIs (credit sales: gross invoiced in the \(PortfolioReport.periodDays) days to as-of = \(report.creditSales.decimalString))\n"
    out +=
      "  DSO \(fixed(report.dso))  BPDSO \(fixed(report.bestPossibleDSO))  ADD \(fixed(report.averageDaysDelinquent))\n\n"
    out += "Open disputes by reason\n"
    for row in report.disputes where row.count > 0 {
      out +=
        "  \(row.reason.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(row.count).leftPad(8)) \(row.amount.decimalString.leftPad(16))\n"
    }
    out +=
      "\nWorklist (top \(report.worklist.count); \(report.insolventAccounts) insolvent accounts go to the claim queue)\n"
    for (rank, entry) in report.worklist.enumerated() {
      out +=
        "  \(String(rank + 1).leftPad(3)). \(String(entry.points).leftPad(4)) pts  \(entry.accountID)  \(entry.customer)  overdue \(entry.overdue.decimalString), oldest \(entry.oldestDaysPastDue) dpd  [\(entry.reasons.joined(separator: "; "))]\n"
    }
    return out
  }

  static func json(_ report: PortfolioReport) -> String {
    func q(_ text: String) -> String { Academy.ScenarioList.quoted(text) }
    let buckets = report.buckets.map {
      "{\"bucket\":\(q($0.bucket.rawValue)),\"count\":\($0.count),\"amount\":\(q($0.amount.decimalString))}"
    }
    let disputes = report.disputes.map {
      "{\"reason\":\(q($0.reason.rawValue)),\"count\":\($0.count),\"amount\":\(q($0.amount.decimalString))}"
    }
    let worklist = report.worklist.map { entry in
      "{\"account\":\(q(entry.accountID)),\"customer\":\(q(entry.customer)),\"points\":\(entry.points),"
        + "\"overdue\":\(q(entry.overdue.decimalString)),\"oldest_days_past_due\":\(entry.oldestDaysPastDue),"
        + "\"reasons\":[\(entry.reasons.map(q).joined(separator: ","))]}"
    }
    return
      "{\"as_of\":\(q(report.asOf.iso)),\"accounts\":\(report.accounts),\"receivables\":\(q(report.receivables.decimalString)),"
      + "\"overdue_share\":\(fixed(report.overdueShare * 100)),\"credit_sales\":\(q(report.creditSales.decimalString)),"
      + "\"period_days\":\(PortfolioReport.periodDays),\"dso\":\(fixed(report.dso)),\"bpdso\":\(fixed(report.bestPossibleDSO)),"
      + "\"add\":\(fixed(report.averageDaysDelinquent)),\"aging\":[\(buckets.joined(separator: ","))],"
      + "\"disputes\":[\(disputes.joined(separator: ","))],\"insolvent_accounts\":\(report.insolventAccounts),"
      + "\"worklist\":[\(worklist.joined(separator: ","))]}\n"
  }

  static func csv(_ report: PortfolioReport) -> String {
    var rows = ["section,key,count,value"]
    rows.append("summary,accounts,\(report.accounts),")
    rows.append("summary,receivables,,\(report.receivables.decimalString)")
    rows.append("summary,overdue_share_percent,,\(fixed(report.overdueShare * 100))")
    rows.append("kpi,dso,,\(fixed(report.dso))")
    rows.append("kpi,bpdso,,\(fixed(report.bestPossibleDSO))")
    rows.append("kpi,add,,\(fixed(report.averageDaysDelinquent))")
    rows += report.buckets.map { "aging,\($0.bucket.rawValue),\($0.count),\($0.amount.decimalString)" }
    rows += report.disputes.map { "disputes,\($0.reason.rawValue),\($0.count),\($0.amount.decimalString)" }
    rows += report.worklist.map { "worklist,\($0.accountID),\($0.points),\($0.overdue.decimalString)" }
    return rows.joined(separator: "\n") + "\n"
  }
}

extension String {
  func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
