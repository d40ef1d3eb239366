import Foundation

/// Process vocabulary in plain words for the rendered checklist: "within 2 days of the
/// start of the case", "only when a dispute is open", in the SOP's language.
struct ProcessWording {
  var language: SOPLanguage

  func action(_ action: ProcessAction) -> String {
    language == .es ? ProcessWording.spanishAction(action) : ProcessWording.englishAction(action)
  }

  func event(_ event: ProcessEvent, steps: [ProcessStep]) -> String {
    if case .step(let id) = event {
      let title = steps.first { $0.id == id }?.title
      return title.map { "“\($0)”" } ?? (language == .es ? "el paso \(id)" : "step \(id)")
    }
    return language == .es ? ProcessWording.spanishEvent(event) : ProcessWording.englishEvent(event)
  }

  func condition(_ condition: ProcessCondition) -> String {
    language == .es ? ProcessWording.spanishCondition(condition) : ProcessWording.englishCondition(condition)
  }

  static func englishAction(_ action: ProcessAction) -> String {
    switch action {
    case .reviewAccount: return "review the account"
    case .call: return "call"
    case .email: return "email"
    case .sendDunning: return "send a dunning letter"
    case .stopDunning: return "stop dunning"
    case .logDispute: return "log the dispute"
    case .routeDispute: return "route the dispute"
    case .escalate: return "escalate"
    case .recordPromise: return "record the promise to pay"
    case .requestPlanApproval: return "request approval of a payment plan"
    case .proposePaymentPlan: return "propose the payment plan"
    case .allocateCredit: return "allocate the credit"
    case .refund: return "refund"
    case .reconcile: return "send a reconciliation"
    case .creditHold: return "put the account on credit hold"
    case .claimLateInterest: return "claim late-payment interest and compensation"
    case .shiftToLegal: return "shift to legal"
    case .requestWriteOff: return "request a write-off"
    case .writeOff: return "post the write-off"
    case .fileInsolvencyClaim: return "file the insolvency claim"
    }
  }

  static func englishEvent(_ event: ProcessEvent) -> String {
    switch event {
    case .caseStart: return "the start of the case"
    case .disputeRaised: return "the dispute being raised"
    case .disputeLogged: return "the dispute being logged"
    case .disputeRouted: return "the dispute being routed"
    case .disputeOverdue: return "the dispute becoming overdue"
    case .disputeResolved: return "the dispute being resolved"
    case .promiseMade: return "the promise to pay"
    case .promiseBroken: return "the promise being broken"
    case .paymentReceived: return "the payment arriving"
    case .planRequested: return "the customer asking for a plan"
    case .planApproved: return "the plan being approved"
    case .creditFound: return "the credit being found"
    case .reconciliationRequested: return "the reconciliation request"
    case .insolvencyDeclared: return "the insolvency declaration"
    case .insolvencyPublished: return "the insolvency publication"
    case .dunningExhausted: return "dunning being exhausted"
    case .writeOffApproved: return "the write-off approval"
    case .negotiationsNotified: return "the notice of negotiations with creditors"
    case .step(let id): return "step \(id)"
    }
  }

  static func englishCondition(_ condition: ProcessCondition) -> String {
    switch condition {
    case .overdue: return "an invoice is overdue"
    case .disputeRaised: return "a dispute has been raised"
    case .disputeOpen: return "a dispute is open"
    case .invoiceDisputed: return "the invoice is under dispute"
    case .disputeOverdue: return "a dispute is overdue"
    case .promiseOpen: return "a promise to pay is open"
    case .promiseBroken: return "a promise has been broken"
    case .planRequested: return "the customer asked for a payment plan"
    case .planApproved: return "the payment plan is approved"
    case .creditBalance: return "the account has a credit balance"
    case .reconciliationRequested: return "the customer asked for a reconciliation"
    case .customerInsolvent: return "the customer is insolvent"
    case .dunningExhausted: return "dunning is exhausted"
    case .writeOffApproved: return "the write-off is approved"
    case .legalShifted: return "the account is with legal"
    case .customerInNegotiations: return "the customer has notified negotiations with its creditors"
    case .customerLanguage(let language): return "the customer speaks \(language.nativeName)"
    case .customerCountry(let code): return "the customer is in \(code)"
    }
  }

  /// The sentences under a step: what to do, when it applies, its deadline, order,
  /// language and the parameters to record.
  func details(of step: ProcessStep, in steps: [ProcessStep]) -> [String] {
    let phrases = language == .es ? StepPhrases.spanish : StepPhrases.english
    var parts: [String] = []
    let verbs = step.actions.map(action).joined(separator: phrases.or)
    switch step.kind {
    case .required: parts.append("\(phrases.doing) \(verbs).")
    case .optional: parts.append("\(phrases.optional) \(verbs).")
    case .forbidden: parts.append("\(phrases.never) \(verbs).")
    }
    if !step.when.isEmpty {
      let lead = step.kind == .forbidden ? phrases.whileLead : phrases.onlyWhen
      parts.append("\(lead) \(step.when.map(condition).joined(separator: phrases.and)).")
    }
    if !step.unless.isEmpty {
      parts.append("\(phrases.notWhile) \(step.unless.map(condition).joined(separator: phrases.or)).")
    }
    if let within = step.within {
      parts.append("\(phrases.within(within.days)) \(event(within.of, steps: steps)).")
    }
    if let notBefore = step.notBefore {
      parts.append("\(phrases.notBefore(notBefore.days)) \(event(notBefore.of, steps: steps)).")
    }
    if !step.after.isEmpty {
      let previous = step.after.map { event(.step($0), steps: steps) }.joined(separator: phrases.and)
      parts.append("\(phrases.after) \(previous).")
    }
    if step.language == .customer { parts.append(phrases.customerLanguage) }
    if !step.requires.isEmpty { parts.append("\(phrases.record) \(step.requires.joined(separator: ", ")).") }
    // Spanish contracts "de el" into "del" ("después del inicio del caso").
    return language == .es ? parts.map { $0.replacingOccurrences(of: " de el ", with: " del ") } : parts
  }
}
