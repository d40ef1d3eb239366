import SOPKit

/// Checks a template against the library: SOP and scenario ids exist, item ids are unique,
/// prerequisites exist, come due no later than the items needing them, and form no cycle.
public struct PlanLinter: Sendable {
  /// SOP ids known (nil: not checked).
  public var knownSOPs: Set<String>?
  /// Scenario id -> its governing SOPs (nil: not checked).
  public var scenarios: [String: [String]]?

  /// Creates a linter.
  public init(knownSOPs: Set<String>?, scenarios: [String: [String]]?) {
    self.knownSOPs = knownSOPs
    self.scenarios = scenarios
  }

  /// Reads and lints one template file.
  public func lint(_ file: SourceFile) -> (template: PlanTemplate?, findings: [Finding]) {
    let (template, findings) = PlanReader.read(file)
    guard let template else { return (nil, findings) }
    return (template, findings + lint(template))
  }

  /// Lints a template already read.
  public func lint(_ template: PlanTemplate) -> [Finding] {
    var findings: [Finding] = []
    func report(_ item: PlanItemSpec?, _ message: String, rule: String, severity: Finding.Severity = .error) {
      findings.append(
        Finding(
          path: template.path, line: item?.line ?? 1, column: 1, severity: severity, message: message,
          rule: rule))
    }
    if template.items.isEmpty { report(nil, "the plan has no items", rule: "plan-empty") }
    var byID: [String: PlanItemSpec] = [:]
    for item in template.items {
      if byID[item.id] != nil {
        report(
          item, "item id '\(item.id)' is used twice; give one of them another id", rule: "plan-duplicate-id")
      }
      byID[item.id] = item
      if let sop = item.sopID, let knownSOPs, !knownSOPs.contains(sop) {
        report(item, "SOP \(sop) is not in the library; fix the id or add the SOP", rule: "plan-unknown-sop")
      }
      if let scenario = item.scenarioID, let scenarios, scenarios[scenario] == nil {
        report(
          item, "scenario '\(scenario)' is not in the scenarios folder; fix the id",
          rule: "plan-unknown-scenario")
      }
    }
    for item in template.items {
      for required in item.requires {
        guard let prerequisite = byID[required] else {
          report(
            item, "'\(item.id)' requires '\(required)', which is not an item of this plan",
            rule: "plan-requires")
          continue
        }
        if prerequisite.due > item.due {
          report(
            item,
            "'\(item.id)' is due on working day \(item.due) but requires '\(required)', due later (day "
              + "\(prerequisite.due)); move one of the offsets", rule: "plan-offset")
        }
      }
    }
    if let cycle = PlanGraph(items: template.items).cycle() {
      report(
        byID[cycle[0]], "prerequisites form a cycle: \(cycle.joined(separator: " -> ")); remove one requires",
        rule: "plan-cycle")
    }
    return findings
  }
}
