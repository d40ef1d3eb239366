import SOPKit

/// What a step expects, said as a team lead would ("Log the dispute within 1 day of the
/// customer raising it, recording: reason code"), in the feedback's language. Built when a
/// finding is read, never while judging.
extension StepWording {
  /// The step's title: the translation's when one is in force in the feedback's language.
  func title(in feedback: Feedback) -> String { stepTitle(id, in: feedback) }

  /// The title of step `id` of the same SOP, translated when possible; the id when unknown.
  func stepTitle(_ id: String, in feedback: Feedback) -> String {
    if let translated = process.translation(feedback.language)?.steps[id] { return translated.title }
    return process.spec.steps.first { $0.id == id }?.title ?? id
  }

  /// The section that explains the step: the translation's, at its revision in force, when the
  /// feedback's language has one that explains this step.
  func link(in feedback: Feedback) -> SectionLink {
    guard let translation = process.translation(feedback.language),
      let translated = translation.steps[id]
    else { return link }
    return SectionLink(
      sopID: translation.sopID, anchor: translated.section,
      heading: translation.headings[translated.section] ?? translated.section, revision: translation.revision)
  }

  /// The expectation as one sentence.
  func expected(in feedback: Feedback) -> String {
    let actions = feedback.list(step.actions.map(feedback.ask), last: "join.or")
    var sentence: String
    switch step.kind {
    case .forbidden:
      sentence = feedback("expect.forbidden", ["actions": actions])
      if !step.when.isEmpty {
        sentence += feedback("expect.while", ["conditions": feedback.list(step.when.map(feedback.condition))])
      }
    case .optional: sentence = feedback("expect.optional", ["actions": actions])
    case .required: sentence = actions
    }
    let event = { (event: ProcessEvent) in feedback.event(event) { self.stepTitle($0, in: feedback) } }
    if let within = step.within {
      sentence +=
        within.days == 0
        ? feedback("expect.same_day", ["event": event(within.of)])
        : feedback("expect.within", ["days": feedback.days(within.days), "event": event(within.of)])
    }
    if let earliest = step.notBefore {
      sentence += feedback(
        "expect.not_before", ["days": feedback.days(earliest.days), "event": event(earliest.of)])
    }
    if !step.after.isEmpty {
      let steps = step.after.map { feedback("expect.step_title", ["title": stepTitle($0, in: feedback)]) }
      sentence += feedback("expect.after", ["steps": feedback.list(steps)])
    }
    if step.language == .customer { sentence += feedback("expect.customer_language") }
    for (key, value) in expect {
      let named = feedback.value(value)
      sentence +=
        feedback.optional("expect.with.\(key)").map { $0.replacingOccurrences(of: "{value}", with: named) }
        ?? feedback("expect.with_parameter", ["parameter": feedback.parameter(key), "value": named])
    }
    if !step.requires.isEmpty {
      sentence += feedback(
        "expect.requires", ["parameters": feedback.list(step.requires.map(feedback.parameter))])
    }
    for rule in values { sentence += expectation(of: rule, in: feedback) }
    if !step.when.isEmpty, step.kind != .forbidden {
      sentence += feedback("expect.when", ["conditions": feedback.list(step.when.map(feedback.condition))])
    }
    if !step.unless.isEmpty {
      sentence += feedback(
        "expect.unless", ["conditions": feedback.list(step.unless.map(feedback.condition), last: "join.or")])
    }
    if critical { sentence += feedback("expect.critical") }
    return sentence.capitalisingFirstLetter
  }

  /// `, for the open balance of the invoices named (within EUR 0.01)`...
  private func expectation(of rule: ValueRule, in feedback: Feedback) -> String {
    switch rule.test {
    case .equals(let figure, let tolerance):
      let text = feedback("expect.value.equals", ["figure": feedback("figure.\(figure.rawValue)")])
      guard tolerance > 1 else { return text }
      return text
        + feedback(
          "expect.value.tolerance",
          ["amount": Money(minorUnits: Int64(tolerance), currency: "EUR").text(in: feedback)])
    case .covers(let figure, _):
      return feedback(
        rule.subject == .instalments ? "expect.value.instalments_cover" : "expect.value.covers",
        ["figure": feedback("figure.\(figure.rawValue)")])
    case .cover(let set):
      return feedback("expect.value.cover", ["set": feedback("invoice_set.\(set.rawValue)")])
    case .noLaterThan(let date):
      return feedback(
        rule.subject == .promisedDate ? "expect.value.promised_by" : "expect.value.done_by",
        ["date": feedback("date_figure.\(date.rawValue)")])
    case .withinPlanLimits: return feedback("expect.value.plan_limits")
    }
  }
}

extension String {
  /// The text with its first letter in upper case (`send a letter` -> `Send a letter`).
  var capitalisingFirstLetter: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
