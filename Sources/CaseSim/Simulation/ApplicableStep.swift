import CivilCalendar
import SOPKit

/// A step of a governing process that applies to a case right now: a required step whose
/// deadline event has happened and whose conditions hold, or a forbidden action that is
/// forbidden at this moment. What `academy practice`'s `sop` command and the web workbench list.
public struct ApplicableStep: Sendable, Hashable {
  /// SOP id.
  public var sopID: String
  /// Step id within the process.
  public var stepID: String
  /// Step title.
  public var title: String
  /// Anchor of the section that explains the step.
  public var section: String
  /// Whether the step forbids its action (never do it now) rather than requires it.
  public var forbidden: Bool
  /// The last day to do a required step with a deadline; nil: by the end of the case.
  public var dueBy: CivilDate?

  /// `sop:COL-002#first-contact`, the link form SOPs use among themselves.
  public var reference: String { "sop:\(sopID)#\(section)" }
}

extension CaseSimulation {
  /// The steps of `processes` that apply now (`ApplicableStep`), in process order.
  public func applicableSteps(_ processes: [GoverningProcess]) -> [ApplicableStep] {
    let now = conditions
    let customer = account.customer
    func holds(_ condition: ProcessCondition) -> Bool {
      switch condition {
      case .customerLanguage(let language): return language.rawValue == customer.language
      case .customerCountry(let code): return code == customer.country.rawValue
      default: return CaseConditions.bit(for: condition).map(now.contains) ?? true
      }
    }
    var steps: [ApplicableStep] = []
    for process in processes {
      for step in process.spec.steps where step.kind != .optional {
        guard step.when.allSatisfy(holds), !step.unless.contains(where: holds) else { continue }
        var found = ApplicableStep(
          sopID: process.sopID, stepID: step.id, title: step.title, section: step.section,
          forbidden: step.kind == .forbidden, dueBy: nil)
        if !found.forbidden {
          guard let day = anchorDay(step.within?.of ?? .caseStart) else { continue }
          found.dueBy = step.within.map { account.asOf.adding(days: day + $0.days) }
        }
        steps.append(found)
      }
    }
    return steps
  }

  /// Effective day of the first occurrence of `event` so far; `step:` events count as not yet.
  private func anchorDay(_ event: ProcessEvent) -> Int? {
    for entry in entries {
      if case .event(let seen, let effectiveDay) = entry.kind, seen == event { return effectiveDay }
    }
    return nil
  }
}
