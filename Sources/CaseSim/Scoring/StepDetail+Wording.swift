import SOPKit

/// What happened on a step, in the feedback's language ("You logged it on day 3: 2 days after
/// the deadline (day 1)"). Worded only when a report is read.
extension StepDetail {
  /// The sentence the report shows; `rubric` names the step's event and the steps it follows.
  func text(in feedback: Feedback, rubric: StepWording) -> String {
    let sentence: String
    switch self {
    case .forbiddenAction(let action, let day):
      sentence = feedback("happened.forbidden", ["did": feedback.did(action), "day": String(day)])
    case .resisted: sentence = feedback("happened.resisted")
    case .didNotArise: sentence = feedback("happened.did_not_arise")
    case .anchorMissing:
      let event = rubric.step.within.map { feedback.event($0.of) { rubric.stepTitle($0, in: feedback) } }
      sentence = feedback("happened.anchor_missing", ["event": event ?? feedback("event.case_start")])
    case .neverHeld: sentence = feedback("happened.never_held")
    case .flawed(let action, let day, let flaw):
      sentence = feedback(
        "happened.flawed", ["did": feedback.did(action), "day": String(day), "flaw": flaw.text(in: feedback)])
    case .notDone: sentence = feedback("happened.not_done")
    case .notYetDue: sentence = feedback("happened.not_yet_due")
    case .stoppedApplying: sentence = feedback("happened.stopped_applying")
    case .notDoneBy(let day): sentence = feedback("happened.not_done_by", ["day": String(day)])
    case .late(let day, let deadline, let order):
      var text = feedback(
        "happened.late",
        ["day": String(day), "late": feedback.days(day - deadline), "deadline": String(deadline)])
      if !order.isEmpty {
        text += feedback(
          "happened.also", ["flaws": feedback.list(order.map { $0.text(in: feedback, rubric: rubric) })])
      }
      sentence = text
    case .outOfOrder(let day, let order):
      sentence = feedback(
        "happened.out_of_order",
        ["day": String(day), "flaws": feedback.list(order.map { $0.text(in: feedback, rubric: rubric) })])
    }
    return sentence.capitalisingFirstLetter
  }
}

extension StepDetail.ActionFlaw {
  /// `the contact was billing, not accounts payable`, `you did not record the reason code`...
  func text(in feedback: Feedback) -> String {
    switch self {
    case .value(let key, let had?, let expected):
      feedback(
        "flaw.value",
        [
          "parameter": feedback.parameter(key), "had": feedback.value(had),
          "expected": feedback.value(expected),
        ])
    case .value(let key, nil, let expected):
      feedback(
        "flaw.value_missing", ["parameter": feedback.parameter(key), "expected": feedback.value(expected)])
    case .missing(let key): feedback("flaw.missing", ["parameter": feedback.parameter(key)])
    case .language(let had?, let customer):
      feedback(
        "flaw.language", ["had": feedback.languageName(had), "customer": feedback.languageName(customer)])
    case .language(nil, let customer):
      feedback("flaw.language_missing", ["customer": feedback.languageName(customer)])
    case .amount(let finding): finding.text(in: feedback)
    case .invoicesMissing(let set, let named, let due, let missing):
      feedback(
        "flaw.invoices_missing",
        [
          "named": feedback.invoices(named), "set": feedback("invoice_set.\(set.rawValue)"),
          "due": feedback.invoices(due), "missing": feedback.list(missing),
        ])
    case .dateAfter(let subject, let given, let limit, let date):
      feedback(
        subject == .promisedDate ? "flaw.promised_after" : "flaw.done_after",
        ["given": String(given), "limit": String(limit), "date": feedback("date_figure.\(date.rawValue)")])
    case .plan(let flaw): flaw.text(in: feedback)
    }
  }
}

extension StepDetail.ValueFinding {
  /// `you gave EUR 1,194.26 on 2 invoices; due EUR 1,525.82 on 3 (...): F2025-050243 missing`.
  func text(in feedback: Feedback) -> String {
    var gave =
      given.map { feedback("flaw.amount.gave", ["amount": $0.text(in: feedback)]) }
      ?? feedback("flaw.amount.gave_none")
    if given != nil, named > 0 { gave += feedback("flaw.amount.on", ["invoices": feedback.invoices(named)]) }
    var due = feedback(
      covers ? "flaw.amount.due_at_least" : "flaw.amount.due", ["amount": self.due.text(in: feedback)])
    if let count = dueInvoices { due += feedback("flaw.amount.on", ["invoices": feedback.invoices(count)]) }
    var text = feedback(
      "flaw.amount.line", ["gave": gave, "due": due, "figure": feedback("figure.\(figure.rawValue)")])
    if !missing.isEmpty { text += feedback("flaw.amount.missing", ["invoices": feedback.list(missing)]) }
    return text
  }
}

extension StepDetail.PlanFlaw {
  /// `the first instalment, EUR 500.00, is under 25% of the plan total (EUR 4,000.00)`...
  func text(in feedback: Feedback) -> String {
    switch self {
    case .firstTooSmall(let given, let total, let percent):
      feedback(
        "flaw.plan.first_too_small",
        ["given": given.text(in: feedback), "total": total.text(in: feedback), "percent": String(percent)])
    case .firstTooLate(let day, let limit, let days):
      feedback(
        "flaw.plan.first_too_late", ["day": String(day), "limit": String(limit), "days": feedback.days(days)])
    case .lastTooLate(let day, let limit, let months):
      feedback(
        "flaw.plan.last_too_late",
        ["day": String(day), "limit": String(limit), "months": feedback.months(months)])
    }
  }
}

extension StepDetail.OrderFlaw {
  /// `before day 5, the earliest it could be done (3 days after ...)`, `before "Review" was done`.
  func text(in feedback: Feedback, rubric: StepWording) -> String {
    switch self {
    case .beforeEarliest(let day, let days, let event):
      feedback(
        "order.before_earliest",
        [
          "day": String(day), "days": feedback.days(days),
          "event": feedback.event(event) { rubric.stepTitle($0, in: feedback) },
        ])
    case .beforeStep(let id): feedback("order.before_step", ["title": rubric.stepTitle(id, in: feedback)])
    }
  }
}
