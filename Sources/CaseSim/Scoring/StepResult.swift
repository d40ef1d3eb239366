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
public struct StepResult: Sendable, Hashable {
  /// SOP id.
  public var sopID: String
  /// Revision label.
  public var revision: String
  /// Step id.
  public var stepID: String
  /// Step title.
  public var title: String
  /// Verdict.
  public var status: StepStatus
  /// Weight of the step.
  public var weight: Int
  /// Whether the step counts toward the score.
  public var counted: Bool
  /// Points earned (weight times the status's share).
  public var earned: Double
  /// What happened, when the status's standard wording does not say it.
  var detail: String?
  /// What the trainee did (or did not).
  public var happened: String {
    if let detail { return detail }
    return day.map { "done on day \($0)" } ?? "done"
  }
  /// What the SOP expects.
  public var expected: String
  /// The section that explains the step.
  public var link: SectionLink
  /// Case day of the action judged, if any.
  public var day: Int?

  /// Whether the result is worth a finding (anything that cost points).
  public var isFinding: Bool { counted && status != .done }
}
