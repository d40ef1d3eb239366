/// Process vocabulary in plain English for the rendered checklist: "within 2 days of the
/// start of the case", "only when a dispute is open".
enum ProcessWording {
  static func action(_ action: ProcessAction) -> String {
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

  static func event(_ event: ProcessEvent, steps: [ProcessStep]) -> String {
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
    case .step(let id):
      let title = steps.first { $0.id == id }?.title
      return title.map { "“\($0)”" } ?? "step \(id)"
    }
  }

  static func condition(_ condition: ProcessCondition) -> String {
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
    case .customerLanguage(let language): return "the customer speaks \(language.nativeName)"
    case .customerCountry(let code): return "the customer is in \(code)"
    }
  }

  static func days(_ count: Int) -> String {
    switch count {
    case 0: return "on the day of"
    case 1: return "within 1 day of"
    default: return "within \(count) days of"
    }
  }

  /// The sentence under a step: when it applies, its deadline, language and parameters.
  static func details(of step: ProcessStep, in steps: [ProcessStep]) -> [String] {
    var parts: [String] = []
    let verbs = step.actions.map(action).joined(separator: " or ")
    switch step.kind {
    case .required: parts.append("Do: \(verbs).")
    case .optional: parts.append("Optional: \(verbs).")
    case .forbidden: parts.append("Never \(verbs).")
    }
    if !step.when.isEmpty {
      let lead = step.kind == .forbidden ? "While" : "Only when"
      parts.append("\(lead) \(step.when.map(condition).joined(separator: " and ")).")
    }
    if !step.unless.isEmpty {
      parts.append("Not while \(step.unless.map(condition).joined(separator: " or ")).")
    }
    if let within = step.within {
      parts.append("\(days(within.days).capitalizedFirst) \(event(within.of, steps: steps)).")
    }
    if let notBefore = step.notBefore {
      let wait = notBefore.days == 0 ? "Not before" : "Not earlier than \(notBefore.days) days after"
      parts.append("\(wait) \(event(notBefore.of, steps: steps)).")
    }
    if !step.after.isEmpty {
      parts.append("After \(step.after.map { event(.step($0), steps: steps) }.joined(separator: " and ")).")
    }
    if step.language == .customer { parts.append("In the customer's language.") }
    if !step.requires.isEmpty { parts.append("Record: \(step.requires.joined(separator: ", ")).") }
    return parts
  }
}

extension String {
  /// The string with its first character upper-cased.
  fileprivate var capitalizedFirst: String {
    prefix(1).uppercased() + dropFirst()
  }
}
