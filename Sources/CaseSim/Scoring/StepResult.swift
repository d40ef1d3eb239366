import SOPKit

/// How one step of the rubric went (`docs/scoring.md`).
public enum StepStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Done as the SOP asks (for a forbidden step: the temptation arose and was resisted).
  case done
  /// Done after its deadline: loses half the weight.
  case late
  /// Done before its earliest moment or before a step it must follow: loses half the weight.
  case outOfOrder = "out_of_order"
  /// Not done (or not done as the SOP asks) although it applied: loses the whole weight.
  case missed
  /// A forbidden action was taken while forbidden: loses the whole weight.
  case forbidden
  /// The step did not apply to this case: not counted.
  case notApplicable = "not_applicable"

  /// The status in words (`out of order`, `fuera de orden`).
  public func name(in feedback: Feedback) -> String { feedback("status.\(rawValue)") }

  /// Share of the weight earned.
  var credit: Double {
    switch self {
    case .done: 1
    case .late, .outOfOrder: 0.5
    case .missed, .forbidden, .notApplicable: 0
    }
  }
}

/// The verdict on one step, with what happened, what the SOP expects and where it says so.
/// The step's fixed wording is shared with every other attempt scored against the same
/// revision, so a result is a reference and a few numbers.
public struct StepResult: Sendable, Hashable {
  let rubric: StepWording
  /// Verdict.
  public var status: StepStatus
  /// Whether the step counts toward the score.
  public var counted: Bool
  /// Points earned (weight times the status's share).
  public var earned: Double
  /// Case day of the action judged, if any.
  public var day: Int?
  /// What happened, when the status's standard wording does not say it.
  var detail: StepDetail?

  /// SOP id.
  public var sopID: String { rubric.link.sopID }
  /// Revision label.
  public var revision: String { rubric.link.revision }
  /// Step id.
  public var stepID: String { rubric.id }
  /// Step title.
  public var title: String { rubric.step.title }
  /// Weight of the step.
  public var weight: Int { rubric.step.weight }
  /// What the SOP expects, in English.
  public var expected: String { expected(in: .english) }
  /// The section of the governing SOP that explains the step.
  public var link: SectionLink { rubric.link }
  /// What the trainee did (or did not), in English.
  public var happened: String { happened(in: .english) }

  /// What the SOP expects, in `feedback`'s language.
  public func expected(in feedback: Feedback) -> String { rubric.expected(in: feedback) }
  /// What the trainee did (or did not), in `feedback`'s language.
  public func happened(in feedback: Feedback) -> String {
    if let detail { return detail.text(in: feedback, rubric: rubric) }
    return day.map { feedback("happened.done_on", ["day": String($0)]) } ?? feedback("happened.done")
  }
  /// The step's title, from the translation in `feedback`'s language when one is in force.
  public func title(in feedback: Feedback) -> String { rubric.title(in: feedback) }
  /// The section that explains the step, in the translation when one explains it.
  public func link(in feedback: Feedback) -> SectionLink { rubric.link(in: feedback) }
  /// Whether the result is worth a finding (anything that cost points).
  public var isFinding: Bool { counted && status != .done }
  /// Whether the step is critical (a legal or compliance step, `critical: true`).
  public var isCritical: Bool { rubric.critical }
  /// A critical step breached: the forbidden action taken, or the required step missed (not
  /// done, or done with wrong values). Fails the attempt whatever the points.
  public var isCriticalBreach: Bool {
    rubric.critical && counted && (status == .forbidden || status == .missed)
  }

  /// Same step of the same compiled revision, same verdict.
  public static func == (lhs: StepResult, rhs: StepResult) -> Bool {
    lhs.rubric === rhs.rubric && lhs.status == rhs.status && lhs.counted == rhs.counted
      && lhs.earned == rhs.earned
      && lhs.day == rhs.day && lhs.detail == rhs.detail
  }

  /// Hashes the step's identity and verdict.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(rubric))
    hasher.combine(status)
    hasher.combine(day)
  }
}
