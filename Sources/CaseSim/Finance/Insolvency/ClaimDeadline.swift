import CivilCalendar
import SOPKit

/// When a credit must reach the insolvency administrator: the legal last day
/// (`InsolvencyRecord.claimDeadline`) and, beside it, the internal target of the SOP in force,
/// read from its process block (the claim step's `within` days of `insolvency_published`).
public struct ClaimDeadline: Sendable, Hashable {
  /// Day the declaration was published in the BOE.
  public var published: CivilDate
  /// Last day to communicate the credit (TRLC arts. 28 and 255).
  public var lastDay: CivilDate
  /// The SOP's own target, when its process sets one.
  public var internalTarget: CivilDate?
  /// The SOP and revision the target comes from, e.g. `COL-009 2.0`.
  public var targetSource: String?

  /// The deadlines for a publication on `published`, with the target of `process` if it sets one.
  public init(published: CivilDate, process: GoverningProcess?) {
    self.published = published
    lastDay = InsolvencyRecord.claimDeadline(published: published)
    let claimStep = process?.spec.steps.first {
      $0.actions.contains(.fileInsolvencyClaim) && $0.within?.of == .insolvencyPublished
    }
    internalTarget = claimStep?.within.map { published.adding(days: $0.days) }
    targetSource = claimStep.flatMap { _ in process.map { "\($0.sopID) \($0.revision)" } }
  }

  /// `Last day to communicate the credit: ...` lines for people.
  public var text: String {
    var lines = [
      "Published in the BOE:   \(published.iso)",
      "Legal last day:         \(lastDay.iso) (one month from publication, date to date; TRLC arts. 28, 255)",
    ]
    if let internalTarget, let targetSource {
      lines.append("Internal target:        \(internalTarget.iso) (\(targetSource))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `{"published": ..., "last_day": ..., "internal_target": ..., "target_source": ...}`.
  public var json: String {
    func quoted(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "null" }
    return "{\"published\":\"\(published.iso)\",\"last_day\":\"\(lastDay.iso)\",\"internal_target\":"
      + "\(quoted(internalTarget?.iso)),\"target_source\":\(quoted(targetSource))}\n"
  }
}
