import CivilCalendar
import Foundation

/// What can go wrong reading an actions file or running a case.
public enum SimulationError: Error, LocalizedError, Equatable, Sendable {
  /// The actions file is not the JSON `docs/actions-format.md` describes.
  case unreadableActions(path: String, detail: String)
  /// An entry of the actions file is wrong; `index` counts from 1.
  case badAction(path: String, index: Int, detail: String)
  /// A parameter cannot be resolved against the account.
  case badParameter(action: String, parameter: String, value: String, problem: ParameterProblem)
  /// A governing SOP has no usable process block.
  case unusableProcess(sopID: String, detail: String)
  /// `wait_for` an event that does not come again before the case's last day; `seenOn` is
  /// the day it last came, before the trainee's last action.
  case eventDoesNotCome(event: String, lastDay: Int, seenOn: Int?)

  /// A message that names the file, entry and field, and what to do.
  public var errorDescription: String? {
    switch self {
    case .unreadableActions(let path, let detail):
      return "\(path): not a valid actions file: \(detail); see docs/actions-format.md"
    case .badAction(let path, let index, let detail):
      return "\(path): action \(index): \(detail); see docs/actions-format.md"
    case .badParameter(let action, let parameter, let value, let problem):
      return "\(action): parameter '\(parameter)' value '\(value)': \(problem.detail)"
    case .unusableProcess(let sopID, let detail):
      return
        "\(sopID): the process block cannot be scored: \(detail); lint the SOP and mend its process block"
    case .eventDoesNotCome(let event, let lastDay, let seenOn):
      let seen = seenOn.map { "; it came on day \($0), before your last action" } ?? ""
      return
        "wait_for \(event): \(event) does not come again by the case's last day (day \(lastDay))\(seen). "
        + "Nothing changed: act on it now, or wait a number of days"
    }
  }
}

/// Why a parameter value cannot be used, so that each interface can say it in its own words
/// (the web in the trainee's language, naming the field).
public enum ParameterProblem: Sendable, Equatable {
  /// Neither an invoice of the account nor one of the invoice selectors.
  case notAnInvoice
  /// A decimal amount beyond what the simulator holds.
  case amountTooLarge
  /// Neither a decimal amount nor one of the amount selectors.
  case notAnAmount
  /// Neither a date in the supported range, nor `+N`, nor `offered`.
  case notADate

  /// The problem in English, with what may be typed instead (the CLI's message).
  public var detail: String {
    switch self {
    case .notAnInvoice:
      return
        "not an invoice of this account nor a selector "
        + "(\(CaseSimulation.invoiceSelectors.joined(separator: ", ")))"
    case .amountTooLarge: return "too large; amounts go up to \(Money.maximumText)"
    case .notAnAmount:
      return "not a decimal amount nor \(CaseSimulation.amountSelectors.joined(separator: ", "))"
    case .notADate:
      return "not a date YYYY-MM-DD from \(CivilDate.supportedRangeText), +N (N up to 3650) or offered"
    }
  }
}
