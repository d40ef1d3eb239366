import SOPKit

/// A hard rule of DOMAIN.md that an action broke: carried out anyway and recorded. The raw
/// value is the feedback catalogue's key (`violation.<raw value>`).
public enum CaseViolation: String, Sendable, Hashable, CaseIterable {
  /// Dunning a customer in insolvency proceedings.
  case dunningInsolvent = "dunning_insolvent"
  /// Dunning an invoice under dispute.
  case dunningDisputed = "dunning_disputed"
  /// Asking a customer in concurso for payment instead of filing the claim.
  case collectingInsolvent = "collecting_insolvent"
  /// Claiming interest from a customer in concurso.
  case interestInsolvent = "interest_insolvent"
  /// Claiming interest on an invoice under dispute.
  case interestDisputed = "interest_disputed"
  /// Offering a payment plan for pre-insolvency debt.
  case planInsolvent = "plan_insolvent"
  /// Offering a payment plan before risk approval.
  case planUnapproved = "plan_unapproved"
  /// Posting a write-off without approval.
  case writeOffUnapproved = "write_off_unapproved"
  /// Set-off against pre-insolvency debt after the declaration.
  case setOffInsolvent = "set_off_insolvent"

  /// The rule broken, in `feedback`'s language.
  public func text(in feedback: Feedback) -> String { feedback("violation.\(rawValue)") }
}

/// One broken rule of an attempt: when, by which action.
public struct CaseViolationEntry: Sendable, Hashable {
  /// Case day.
  public var day: Int
  /// The action that broke it.
  public var action: ProcessAction
  /// The rule.
  public var violation: CaseViolation

  /// `You sent a dunning letter: dunning an invoice under dispute`, in `feedback`'s language.
  public func text(in feedback: Feedback) -> String {
    feedback(
      "violation.line", ["did": feedback.did(action), "rule": violation.text(in: feedback)]
    ).capitalisingFirstLetter
  }

  /// The same in English.
  public var text: String { text(in: .english) }
}
