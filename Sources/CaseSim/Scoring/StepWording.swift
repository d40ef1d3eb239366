import SOPKit

/// What a step expects, in words, and the section that explains it: fixed per revision.
struct StepWording: Sendable {
  let id: String
  let expected: String
  let link: SectionLink
  /// `when` / `unless` split into case-wide bits (tested with one mask) and the rest.
  let whenBits: CaseConditions
  let unlessBits: CaseConditions
  let whenOther: [ProcessCondition]
  let unlessOther: [ProcessCondition]
  let actions: Set<ProcessAction>
  /// `expect` in key order, so findings name the first mismatch the same way every time.
  let expect: [(key: String, value: String)]
  /// Position of the step in its process.
  let position: Int

  init(step: ProcessStep, position: Int, process: GoverningProcess) {
    id = step.id
    self.position = position
    expect = step.expect.sorted { $0.key < $1.key }
    whenBits = CaseConditions(step.when.compactMap(CaseConditions.bit(for:)))
    unlessBits = CaseConditions(step.unless.compactMap(CaseConditions.bit(for:)))
    whenOther = step.when.filter { CaseConditions.bit(for: $0) == nil }
    unlessOther = step.unless.filter { CaseConditions.bit(for: $0) == nil }
    actions = Set(step.actions)
    expected = Self.expectation(step)
    link = SectionLink(
      sopID: process.sopID, anchor: step.section, heading: process.headings[step.section] ?? step.section,
      revision: process.revision)
  }

  static func expectation(_ step: ProcessStep) -> String {
    var parts = [step.actions.map(\.rawValue).joined(separator: " or ")]
    switch step.kind {
    case .forbidden: parts = ["never " + parts[0]]
    case .optional: parts[0] = "optionally " + parts[0]
    case .required: break
    }
    if !step.when.isEmpty { parts.append("when " + step.when.map(\.rawValue).joined(separator: " and ")) }
    if !step.unless.isEmpty {
      parts.append("unless " + step.unless.map(\.rawValue).joined(separator: " or "))
    }
    if !step.after.isEmpty { parts.append("after " + step.after.joined(separator: ", ")) }
    if let earliest = step.notBefore {
      parts.append("not before \(earliest.days) days after \(earliest.of.rawValue)")
    }
    if let within = step.within {
      parts.append(
        within.days == 0
          ? "the same day as \(within.of.rawValue)"
          : "within \(within.days) day\(within.days == 1 ? "" : "s") of \(within.of.rawValue)")
    }
    if step.language == .customer { parts.append("in the customer's language") }
    if !step.expect.isEmpty {
      parts.append(
        "with "
          + step.expect.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
    }
    if !step.requires.isEmpty { parts.append("giving " + step.requires.joined(separator: ", ")) }
    return parts.joined(separator: ", ")
  }
}
