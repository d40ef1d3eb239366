import SOPKit

// The trainee's actions: each is resolved, checked against the domain's hard rules
// (violations are carried out and recorded, never refused), applied, logged, answered.
extension CaseSimulation {
  /// Actions whose default scope, when no invoices are named, is every open item.
  private static let invoiceScoped: Set<ProcessAction> = [
    .call, .email, .sendDunning, .stopDunning, .logDispute, .routeDispute, .recordPromise, .allocateCredit,
    .claimLateInterest, .shiftToLegal, .requestWriteOff, .writeOff, .fileInsolvencyClaim,
  ]

  mutating func act(_ input: CaseAction) throws {
    let kind = input.action
    var invoices = try input.invoices.map { try resolveInvoices($0, for: kind) } ?? []
    if input.invoices == nil, Self.invoiceScoped.contains(kind) { invoices = ledger.openNumbers() }
    var parameters = input.parameters
    if input.invoices != nil { parameters["invoices"] = invoices.joined(separator: ",") }
    var amount: Money?
    if let text = input.parameters["amount"] {
      amount = try resolveAmount(text, invoices: invoices, for: kind)
      parameters["amount"] = amount?.decimalString
    }
    var promisedDay: Int?
    if let text = input.parameters["promised_date"] {
      let resolved = try resolveDay(text, parameter: "promised_date", for: kind)
      promisedDay = resolved
      parameters["promised_date"] = dateText(resolved)
    }
    var plan: [(day: Int, amount: Money)] = []
    if let instalments = input.instalments {
      for instalment in instalments {
        plan.append(
          (
            try resolveDay(instalment.date, parameter: "instalments.date", for: kind),
            try resolveAmount(instalment.amount, invoices: invoices, for: kind)
          ))
      }
      parameters["instalments"] = "\(instalments.count)"
    }
    let disputed = invoices.contains { ledger.isDisputed($0) }
    let violation = violation(of: kind, namesDisputed: disputed)
    var recorded = RecordedAction(
      action: kind, parameters: parameters, invoiceNumbers: invoices, namesDisputedInvoice: disputed,
      violation: violation,
      facts: facts(for: kind, invoices: invoices, amount: amount, promisedDay: promisedDay, instalments: plan)
    )
    applyBefore(
      kind, invoices: invoices, amount: amount, promisedDay: promisedDay, parameters: input.parameters)
    recorded.parameters = parameters
    append(.action(recorded), speaker: "trainee", describe(recorded))
    if let violation {
      note(
        "VIOLATION: \(violation.text(in: .english))",
        "INCUMPLIMIENTO: \(violation.text(in: Feedback.orEnglish("es")))")
    }
    try respond(to: kind, invoices: invoices, amount: amount, parameters: input.parameters)
  }

  /// The hard rules of DOMAIN.md that the simulator itself recognises.
  private func violation(of kind: ProcessAction, namesDisputed: Bool) -> CaseViolation? {
    let insolvent = flags.contains(.customerInsolvent)
    switch kind {
    case .sendDunning where insolvent: return .dunningInsolvent
    case .sendDunning where namesDisputed: return .dunningDisputed
    case .call where insolvent: return .collectingInsolvent
    case .claimLateInterest where insolvent: return .interestInsolvent
    case .claimLateInterest where namesDisputed: return .interestDisputed
    case .proposePaymentPlan where insolvent: return .planInsolvent
    case .proposePaymentPlan where !flags.contains(.planApproved):
      return .planUnapproved
    case .writeOff where !flags.contains(.writeOffApproved): return .writeOffUnapproved
    case .allocateCredit where insolvent: return .setOffInsolvent
    default: return nil
    }
  }

  /// State changes that the action's own log line must already show.
  private mutating func applyBefore(
    _ kind: ProcessAction, invoices: [String], amount: Money?, promisedDay: Int?, parameters: [String: String]
  ) {
    switch kind {
    case .stopDunning:
      for number in invoices {
        if let index = ledger.index(of: number) { ledger.items[index].blocked = true }
      }
    case .recordPromise:
      let value = amount ?? offer?.amount ?? ledger.openAmount(of: invoices)
      let due = promisedDay ?? offer?.day ?? day + 7
      ledger.promises.append(
        CaseLedger.Promise(
          invoices: invoices, amount: value, madeDay: day, promisedDay: due, paid: ledger.zero, status: .open,
          scripted: hasScriptedPromiseOutcome(), matchesOffer: offer.map { due <= $0.day } ?? false,
          level: flags.contains(.promiseBroken) ? 2 : 1))
      schedulePromise(ledger.promises.count - 1)
    case .allocateCredit:
      let value = min(amount ?? ledger.credit, ledger.credit)
      ledger.credit -= value
      ledger.pay(value, to: invoices, receivedOn: day)
    case .refund:
      ledger.credit -= min(amount ?? ledger.credit, ledger.credit)
    case .shiftToLegal:
      if flags.contains(.customerInNegotiations) {
        note(
          "Legal returns the file: the customer's notice of negotiations stays enforcement for three months "
            + "(TRLC arts. 600-601); nothing can be enforced until the stay ends",
          "Jurídico devuelve el expediente: la comunicación de negociaciones del cliente paraliza las "
            + "ejecuciones durante tres meses (arts. 600-601 TRLC); no cabe ejecutar nada hasta que termine")
      }
      flags.insert(.legalShifted)
      for number in invoices { if let index = ledger.index(of: number) { ledger.items[index].legal = true } }
    case .writeOff:
      for number in invoices {
        guard let index = ledger.index(of: number) else { continue }
        ledger.items[index].open = ledger.zero
      }
    case .claimLateInterest:
      claimedInterest += amount ?? ledger.zero
    case .fileInsolvencyClaim:
      claimFiled = amount ?? ledger.openAmount(of: ledger.openNumbers())
    case .sendDunning:
      dunningSent.append((day, Int(parameters["level"] ?? "") ?? 1, invoices))
    default:
      break
    }
  }

  private mutating func respond(
    to kind: ProcessAction, invoices: [String], amount: Money?, parameters: [String: String]
  ) throws {
    let askedAboutProblems = parameters["opening"] == "problems"
    switch kind {
    case .reviewAccount:
      note(statusLine(), estado())
    case .call:
      if answers(language: parameters["language"]) {
        converse(askedAboutProblems: askedAboutProblems)
      } else {
        say("(no answer)", "(no contesta)")
      }
    case .email:
      if parameters["template"] == "copy" { sentCopy = true }
      if let index = ledger.promises.lastIndex(where: { $0.status == .open && day - $0.madeDay <= 1 }) {
        ledger.promises[index].confirmedInWriting = parameters["language"] == account.customer.language
      } else if ledger.promises.allSatisfy({ $0.status != .open }), offer == nil,
        answers(language: parameters["language"])
      {
        converse(askedAboutProblems: askedAboutProblems)
      }
    case .sendDunning:
      if Int(parameters["level"] ?? "") == 3 {
        scheduled.append(
          ScheduledItem(
            day: day + settings.dunningWindowDays, kind: .dunningCheck(sentDay: day, invoices: invoices)))
      }
    case .logDispute:
      for number in invoices { logDispute(number, parameters: parameters, amount: amount) }
      event(
        .disputeLogged, "Dispute logged on \(invoices.joined(separator: ", "))",
        "Disputa registrada en \(invoices.joined(separator: ", "))")
    case .routeDispute:
      for index in ledger.disputes.indices where invoices.contains(ledger.disputes[index].invoice) {
        guard ledger.disputes[index].resolvedDay == nil else { continue }
        let resolver = parameters["resolver"] ?? ""
        ledger.disputes[index].resolver = resolver
        ledger.disputes[index].routedDay = day
        if !ledger.disputes[index].scriptedDecision {
          let late = resolver == ledger.disputes[index].reason.defaultResolver ? 0 : 5
          scheduled.append(
            ScheduledItem(
              day: day + dice.int(in: settings.resolverDays) + late, kind: .resolverDecision(index)))
        }
      }
      event(
        .disputeRouted, "Dispute routed to \(parameters["resolver"].map(Self.words.value) ?? "no resolver")",
        "Disputa enviada a \(parameters["resolver"].map(Self.palabras.value) ?? "ningún departamento")")
    case .recordPromise:
      event(.promiseMade, "Promise recorded", "Promesa de pago registrada")
    case .requestPlanApproval:
      if flags.contains(.customerInsolvent) {
        note(
          "Risk declines: no plans for pre-insolvency debt",
          "Riesgos lo rechaza: no hay planes de pago para deuda anterior a la insolvencia")
      } else {
        scheduled.append(
          ScheduledItem(day: day + dice.int(in: settings.planApprovalDays), kind: .planApproval))
      }
    case .proposePaymentPlan:
      say("We accept the plan.", "Aceptamos el plan.")
    case .requestWriteOff:
      scheduled.append(
        ScheduledItem(day: day + dice.int(in: settings.writeOffApprovalDays), kind: .writeOffApproval))
    default:
      break
    }
  }

  private mutating func logDispute(_ number: String, parameters: [String: String], amount: Money?) {
    if let index = ledger.disputes.firstIndex(where: { $0.invoice == number && $0.resolvedDay == nil }) {
      if ledger.disputes[index].loggedDay == nil { ledger.disputes[index].loggedDay = day }
    } else {
      let reason = parameters["reason_code"].flatMap(DisputeReason.init(rawValue:)) ?? .pricing
      ledger.disputes.append(
        CaseLedger.OpenDispute(
          invoice: number, reason: reason, amount: amount ?? ledger.openAmount(of: [number]), raisedDay: day,
          loggedDay: day, routedDay: nil, resolver: nil, resolvedDay: nil,
          scriptedDecision: hasScriptedDecision(number)))
      flags.insert(.disputeRaised)
    }
    if let after = settings.escalateDisputesAfterDays,
      let index = ledger.disputes.lastIndex(where: { $0.invoice == number })
    {
      scheduled.append(ScheduledItem(day: day + after, kind: .disputeOverdue(index)))
    }
  }

  private func describe(_ action: RecordedAction) -> String {
    let parameters = action.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return ([action.action.rawValue] + parameters).joined(separator: " ")
  }

  /// One line on the account: open, overdue, disputed, credit.
  public func statusLine(in language: String = "en") -> String {
    if language == "es" { return estado() }
    let overdue = ledger.overdueNumbers(on: day)
    return
      "Account: \(ledger.openNumbers().count) open items, \(money(ledger.openAmount(of: ledger.openNumbers()))) open, "
      + "\(money(ledger.openAmount(of: overdue))) overdue on \(overdue.count), \(ledger.disputedNumbers().count) disputed, "
      + "credit \(money(ledger.credit))"
  }

  /// `statusLine()` in Spanish.
  private func estado() -> String {
    let overdue = ledger.overdueNumbers(on: day)
    return
      "Cuenta: \(ledger.openNumbers().count) partidas abiertas, \(dinero(ledger.openAmount(of: ledger.openNumbers()))) "
      + "pendiente, \(dinero(ledger.openAmount(of: overdue))) vencido en \(overdue.count), "
      + "\(ledger.disputedNumbers().count) en disputa, saldo a favor \(dinero(ledger.credit))"
  }
}
