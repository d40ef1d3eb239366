import CaseSim
import Foundation

/// Prints a late-interest claim for a collector: the figures a claim letter needs, in order.
struct LateInterestReport {
  let claim: LateInterestClaim
  let schedule: LateInterestSchedule

  /// Plain text, aligned for a terminal.
  var text: String {
    if claim.daysLate <= 0 {
      let when = claim.daysLate == 0 ? "on the due date" : "\(-claim.daysLate) days before the due date"
      return "Paid \(claim.paidOn), \(when) \(claim.dueDate): nothing is due "
        + "(no late-payment interest, no fixed compensation).\n"
    }
    var lines = [
      "Late-payment interest, \(claim.country) (\(schedule.law))",
      row("Amount", "\(claim.amount)"),
    ]
    if !claim.disputedAmount.isZero {
      lines.append(row("Disputed", "\(claim.disputedAmount) (excluded)"))
      lines.append(row("Interest on", "\(claim.interestBearingAmount)"))
    }
    lines += [
      row("Due date", claim.dueDate.iso), row("Paid on", claim.paidOn.iso),
      row("Days late", "\(claim.daysLate)"), "",
    ]
    if !claim.periods.isEmpty {
      let onPrincipal = !claim.payments.isEmpty
      lines.append(
        left("Period", 24) + (onPrincipal ? right("Principal", 12) : "") + right("Days", 6) + right("Rate", 9)
          + right("Interest", 12))
      for period in claim.periods {
        lines.append(
          left("\(period.from) to \(period.to)", 24)
            + (onPrincipal ? right(period.principal?.decimalString ?? "", 12) : "")
            + right("\(period.days)", 6)
            + right("\(period.ratePercentText)%", 9) + right(period.interest.decimalString, 12))
      }
      lines.append("")
    }
    if !claim.payments.isEmpty {
      lines.append(
        left("Part payment", 24) + right("Amount", 12) + right("To interest", 13) + right("To principal", 14)
          + right("Principal left", 16))
      for applied in claim.payments {
        lines.append(
          left(applied.payment.date.iso, 24) + right(applied.payment.amount.decimalString, 12)
            + right(applied.toInterest.decimalString, 13) + right(applied.toPrincipal.decimalString, 14)
            + right(applied.principalAfter.decimalString, 16))
      }
      lines.append("")
    }
    let paidSome = !claim.interestPaid.isZero
    if paidSome {
      lines += [row("Interest accrued", "\(claim.interest)"), row("Interest paid", "\(claim.interestPaid)")]
    }
    lines += [
      row(paidSome ? "Interest due" : "Interest", "\(claim.interest - claim.interestPaid)"),
      row(
        "Compensation",
        "\(claim.compensation)" + (claim.compensation.isZero ? "" : " (fixed, per late invoice)")),
      row("Total claimable", "\(claim.total)"),
    ]
    lines += claim.notes.map { "Note: \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Pretty-printed JSON with sorted keys, ending in a newline.
  var json: String {
    get throws {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      return String(decoding: try encoder.encode(claim), as: UTF8.self) + "\n"
    }
  }

  private func row(_ label: String, _ value: String) -> String {
    left(label + ":", 18) + value
  }

  private func left(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  private func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
