import SOPKit

// What happens without the trainee: the account's state on day 0, scripted events on their
// days, and what the simulation scheduled (approvals, promised payments, resolver decisions).
extension CaseSimulation {
  mutating func openCase() {
    let asOf = account.asOf
    let overdue = ledger.openAmount(of: ledger.overdueNumbers(on: 0))
    note(
      "Case opened \(asOf.iso): \(account.customer.legalName) (\(account.customer.country.rawValue), "
        + "speaks \(Self.words.languageName(account.customer.language))), \(ledger.openNumbers().count) open items, "
        + "\(money(overdue)) overdue",
      "Caso abierto el \(CustomerFormat.spanish.date(asOf)): \(account.customer.legalName) "
        + "(\(account.customer.country.rawValue), habla \(Self.palabras.languageName(account.customer.language))), "
        + "\(ledger.openNumbers().count) partidas abiertas, \(dinero(overdue)) vencido")
    event(.caseStart, "Case start", "Inicio del caso")
    for dispute in account.disputes where dispute.openAmount.minorUnits > 0 {
      let opened = asOf.days(until: dispute.opened)
      ledger.disputes.append(
        CaseLedger.OpenDispute(
          invoice: dispute.invoiceNumber, reason: dispute.reason, amount: dispute.openAmount,
          raisedDay: opened,
          loggedDay: opened, routedDay: opened, resolver: dispute.resolver, resolvedDay: nil,
          scriptedDecision: hasScriptedDecision(dispute.invoiceNumber)))
      flags.insert(.disputeRaised)
      note(
        "Open dispute on \(dispute.invoiceNumber): \(Self.words.reason(dispute.reason.rawValue)), "
          + money(dispute.openAmount),
        "Disputa abierta en \(dispute.invoiceNumber): \(Self.palabras.reason(dispute.reason.rawValue)), "
          + dinero(dispute.openAmount)
      )
    }
    for promise in account.promises where promise.status == .open {
      ledger.promises.append(
        CaseLedger.Promise(
          invoices: [promise.invoiceNumber], amount: promise.amount, madeDay: asOf.days(until: promise.made),
          promisedDay: asOf.days(until: promise.promisedDate), paid: promise.paid, status: .open,
          scripted: hasScriptedPromiseOutcome(), matchesOffer: true, level: promise.level))
      schedulePromise(ledger.promises.count - 1)
    }
    if let insolvency = account.insolvency {
      declareInsolvency(
        declaredDay: asOf.days(until: insolvency.declared),
        publishedDay: asOf.days(until: insolvency.published), knownDay: 0)
    }
    if account.creditBalance.minorUnits > 0 {
      event(
        .creditFound, "Credit balance on the account: \(money(account.creditBalance))",
        "Saldo a favor del cliente en la cuenta: \(dinero(account.creditBalance))")
    }
    checkHistoricDunning()
    playDay()
  }

  private mutating func checkHistoricDunning() {
    let finals = account.dunning.filter { $0.level >= 3 }
    guard let last = finals.map(\.date).max() else { return }
    let invoices = finals.map(\.invoiceNumber).filter { ledger.openAmount(of: [$0]).minorUnits > 0 }
    guard !invoices.isEmpty else { return }
    let exhausted = account.asOf.days(until: last) + settings.dunningWindowDays
    if exhausted <= 0 {
      flags.insert(.dunningExhausted)
      event(
        .dunningExhausted, "The final notice of \(last.iso) went unpaid: the dunning ladder is exhausted",
        "El último aviso del \(CustomerFormat.spanish.date(last)) quedó sin pagar: la escalera de "
          + "reclamación se ha agotado")
    } else {
      scheduled.append(
        ScheduledItem(day: exhausted, kind: .dunningCheck(sentDay: exhausted, invoices: invoices)))
    }
  }

  /// Plays today's scripted events, then whatever was scheduled for today.
  mutating func playDay() {
    while scriptedCursor < scripted.count, scripted[scriptedCursor].day <= day {
      let scriptedEvent = scripted[scriptedCursor]
      scriptedCursor += 1
      play(scriptedEvent)
    }
    while let position = scheduled.firstIndex(where: { $0.day <= day }) {
      let item = scheduled.remove(at: position)
      play(item.kind)
    }
  }

  func hasScriptedDecision(_ invoice: String) -> Bool {
    scripted.contains { $0.kind == .resolverDecision && $0.invoiceNumbers.contains(invoice) }
  }

  func hasScriptedPromiseOutcome() -> Bool {
    scripted[scriptedCursor...].contains { $0.kind == .promiseKept || $0.kind == .promiseBroken }
  }

  mutating func receive(_ amount: Money, for invoices: [String], _ text: String, _ spanish: String) {
    let before = invoices.map { ledger.openAmount(of: [$0]) }
    let applied = ledger.pay(amount, to: invoices, receivedOn: day)
    guard applied.minorUnits > 0 else { return }
    let paid = zip(invoices, before).filter { ledger.openAmount(of: [$0.0]) != $0.1 }.map(\.0)
    payments.append(PaymentRecord(day: day, invoice: invoices.first, amount: applied))
    for index in ledger.items.indices
    where ledger.items[index].open.isZero && ledger.items[index].settledDay == nil {
      ledger.items[index].settledDay = day
    }
    event(
      .paymentReceived, "\(text): \(money(applied)) for \(paid.joined(separator: ", "))",
      "\(spanish): \(dinero(applied)) para \(paid.joined(separator: ", "))")
  }

  mutating func raiseDispute(invoice: String, reason: DisputeReason, amount: Money) {
    ledger.disputes.append(
      CaseLedger.OpenDispute(
        invoice: invoice, reason: reason, amount: amount, raisedDay: day, loggedDay: nil, routedDay: nil,
        resolver: nil, resolvedDay: nil, scriptedDecision: hasScriptedDecision(invoice)))
    flags.insert(.disputeRaised)
    // The customer still means to pay the rest: an open promise shrinks to the undisputed part.
    for index in ledger.promises.indices
    where ledger.promises[index].status == .open && ledger.promises[index].invoices.contains(invoice) {
      ledger.promises[index].amount = max(ledger.zero, ledger.promises[index].amount - amount)
    }
    let (english, spanish) = (CustomerFormat.english, CustomerFormat.spanish)
    say(
      "There is a problem with invoice \(invoice) (\(Self.words.reason(reason.rawValue))): we dispute "
        + "\(english.money(amount)).",
      "Hay un problema con la factura \(invoice) (\(Self.palabras.reason(reason.rawValue))): no estamos "
        + "conformes con \(spanish.money(amount)).")
    event(
      .disputeRaised, "Dispute raised on \(invoice): \(Self.words.reason(reason.rawValue)), \(money(amount))",
      "Disputa planteada en \(invoice): \(Self.palabras.reason(reason.rawValue)), \(dinero(amount))")
  }

  /// The concurso as the desk meets it: declared by court order on `declaredDay` (the legal
  /// date: interest stops, and invoices issued before it make up the claim), published in
  /// the BOE on `publishedDay` (the claim deadline runs from it), known to the desk on
  /// `knownDay` (the `insolvency_declared` event the SOPs' deadlines count from).
  mutating func declareInsolvency(declaredDay: Int, publishedDay: Int, knownDay: Int) {
    flags.insert(.customerInsolvent)
    insolvencyDay = declaredDay
    for index in ledger.promises.indices where ledger.promises[index].status == .open {
      ledger.promises[index].status = .withdrawn
    }
    event(
      .insolvencyDeclared, effectiveDay: max(0, knownDay),
      "Concurso declared by court order of \(dateText(declaredDay)), known today",
      "Concurso declarado por auto del \(fecha(declaredDay)), conocido hoy")
    // The one call site of the legal deadline in the simulation: the event text and the
    // `claim_deadline` value rule both read it.
    let deadline = InsolvencyRecord.claimDeadline(published: account.asOf.adding(days: publishedDay))
    claimDeadlineDay = account.asOf.days(until: deadline)
    event(
      .insolvencyPublished, effectiveDay: publishedDay,
      "Declaration published in the BOE on \(dateText(publishedDay)); claim deadline \(deadline.iso)",
      "Declaración publicada en el BOE el \(fecha(publishedDay)); plazo para comunicar el crédito: "
        + CustomerFormat.spanish.date(deadline))
  }

  private mutating func play(_ scriptedEvent: ResolvedEvent) {
    let invoices = scriptedEvent.invoiceNumbers
    let amount = scriptedEvent.amount
    switch scriptedEvent.kind {
    case .payment:
      receive(ledger.openAmount(of: invoices), for: invoices, "Payment received", "Cobro recibido")
    case .partialPayment:
      receive(
        min(amount ?? ledger.zero, ledger.openAmount(of: invoices)), for: invoices, "Part payment received",
        "Cobro parcial recibido")
    case .disputeRaised:
      guard let invoice = invoices.first else { return }
      raiseDispute(
        invoice: invoice, reason: scriptedEvent.reason ?? .pricing,
        amount: amount ?? ledger.openAmount(of: [invoice]))
    case .promiseMade:
      let promisedDay = scriptedEvent.relatedDate.map(account.asOf.days(until:)) ?? day + 5
      let offered = amount ?? ledger.openAmount(of: invoices)
      offer = Offer(amount: offered, day: promisedDay, invoices: invoices)
      sayPromise(offered, on: promisedDay)
    case .promiseKept:
      guard let index = ledger.promises.firstIndex(where: { $0.status == .open }) else { return }
      let promise = ledger.promises[index]
      receive(
        amount ?? (promise.amount - promise.paid), for: promise.invoices, "Promised payment received",
        "Cobro prometido recibido")
      settlePromise(index)
    case .promiseBroken:
      if let index = ledger.promises.firstIndex(where: { $0.status == .open }) {
        ledger.promises[index].status = ledger.promises[index].paid.minorUnits > 0 ? .partiallyKept : .broken
      }
      flags.insert(.promiseBroken)
      event(
        .promiseBroken, "The promised payment did not arrive: promise broken",
        "El cobro prometido no llegó: promesa incumplida")
    case .insolvencyDeclared:
      let published = scriptedEvent.relatedDate.map(account.asOf.days(until:)) ?? day
      let declared = scriptedEvent.declaredDate.map(account.asOf.days(until:)) ?? min(day, published)
      declareInsolvency(declaredDay: declared, publishedDay: published, knownDay: day)
    case .creditNote:
      guard let invoice = invoices.first, let value = amount else { return }
      ledger.pay(value, to: [invoice], receivedOn: nil)
      note(
        "Credit note of \(money(value)) issued against \(invoice)",
        "Abono de \(dinero(value)) emitido contra \(invoice)")
    case .unappliedPayment:
      let value = amount ?? ledger.zero
      ledger.credit += value
      payments.append(PaymentRecord(day: day, invoice: nil, amount: value))
      event(
        .creditFound, "Unapplied payment of \(money(value)) received without remittance",
        "Cobro sin aplicar de \(dinero(value)) recibido sin aviso de pago")
    case .negotiationsNotified:
      flags.insert(.customerInNegotiations)
      say(
        "Our lawyers have notified the court that we have opened negotiations with our creditors (art. 585 "
          + "of the Insolvency Act). We are preparing a restructuring plan; until it is agreed we cannot pay "
          + "the invoices already due. Our adviser will write to every creditor.",
        "Nuestros abogados han comunicado al juzgado la apertura de negociaciones con nuestros acreedores "
          + "(art. 585 del texto refundido de la Ley Concursal). Preparamos un plan de reestructuración; hasta "
          + "que se apruebe no podemos pagar las facturas ya vencidas. Nuestro asesor escribirá a cada acreedor."
      )
      event(
        .negotiationsNotified,
        "The customer notifies the opening of negotiations with its creditors (TRLC art. 585): for three "
          + "months no enforcement on assets needed for its business (art. 600)",
        "El cliente comunica la apertura de negociaciones con sus acreedores (art. 585 TRLC): durante tres "
          + "meses no caben ejecuciones sobre bienes necesarios para su actividad (art. 600)")
    case .reconciliationRequest:
      flags.insert(.reconciliationRequested)
      say(
        "Could you send us a statement? Our ledger does not match yours.",
        "¿Nos envían un extracto? Nuestro saldo no coincide con el suyo.")
      event(
        .reconciliationRequested, "The customer asks for a statement reconciliation",
        "El cliente pide una conciliación del extracto de cuenta")
    case .resolverDecision:
      guard let invoice = invoices.first,
        let index = ledger.disputes.firstIndex(where: { $0.invoice == invoice && $0.resolvedDay == nil })
      else { return }
      let disputed = ledger.disputes[index].amount
      let credited: Money
      switch scriptedEvent.detail {
      case "credit": credited = disputed
      case "partial": credited = min(amount ?? disputed, disputed)
      default: credited = ledger.zero
      }
      resolve(index, credit: credited)
    case .inboundContact:
      inbound(channel: scriptedEvent.detail ?? "email")
    }
  }

  mutating func resolve(_ index: Int, credit: Money) {
    ledger.disputes[index].resolvedDay = day
    let invoice = ledger.disputes[index].invoice
    if credit.minorUnits > 0 { ledger.pay(credit, to: [invoice], receivedOn: nil) }
    let outcome = credit.minorUnits > 0 ? "credit note of \(money(credit))" : "dispute rejected, amount due"
    let resultado =
      credit.minorUnits > 0 ? "abono de \(dinero(credit))" : "disputa rechazada, el importe se debe"
    event(
      .disputeResolved, "Resolver decided the dispute on \(invoice): \(outcome)",
      "El responsable resolvió la disputa de \(invoice): \(resultado)")
  }

  private mutating func play(_ kind: ScheduledItem.Kind) {
    switch kind {
    case .planApproval:
      flags.insert(.planApproved)
      event(.planApproved, "Risk approves the payment plan", "Riesgos aprueba el plan de pagos")
    case .writeOffApproval:
      flags.insert(.writeOffApproved)
      event(.writeOffApproved, "Write-off approved", "Pase a fallido aprobado")
    case .promiseDue(let index):
      promiseFallsDue(index)
    case .promiseCheck(let index):
      guard ledger.promises[index].status == .open else { return }
      settlePromise(index)
    case .resolverDecision(let index):
      guard ledger.disputes[index].resolvedDay == nil else { return }
      resolve(index, credit: dice.chance(0.6) ? ledger.disputes[index].amount : ledger.zero)
    case .dunningCheck(_, let invoices):
      guard ledger.openAmount(of: invoices).minorUnits > 0, !flags.contains(.dunningExhausted) else { return }
      flags.insert(.dunningExhausted)
      event(
        .dunningExhausted, "The final notice window passed unpaid: the dunning ladder is exhausted",
        "El plazo del último aviso pasó sin pago: la escalera de reclamación se ha agotado")
    case .disputeOverdue(let index):
      guard ledger.disputes[index].resolvedDay == nil else { return }
      note(
        "The dispute on \(ledger.disputes[index].invoice) is still open: it is overdue for escalation",
        "La disputa de \(ledger.disputes[index].invoice) sigue abierta: toca escalarla")
    }
  }

  mutating func schedulePromise(_ index: Int) {
    let promise = ledger.promises[index]
    guard !promise.scripted else { return }
    scheduled.append(ScheduledItem(day: max(day, promise.promisedDay), kind: .promiseDue(index)))
  }

  private mutating func promiseFallsDue(_ index: Int) {
    let promise = ledger.promises[index]
    guard promise.status == .open else { return }
    // A customer negotiating with all its creditors pays none of them the old invoices.
    var keep = flags.contains(.customerInNegotiations) ? 0 : account.persona.promiseKeepProbability
    keep += promise.confirmedInWriting ? 0.15 : -0.1
    if sentCopy { keep += 0.05 }
    if promise.level > 1 { keep -= 0.1 }
    if !promise.matchesOffer { keep *= 0.4 }
    // A customer never pays what it disputes, promise or not.
    let payable = ledger.openAmount(of: promise.invoices) - ledger.disputedAmount(of: promise.invoices)
    let remaining = min(promise.amount - promise.paid, payable)
    if remaining.minorUnits > 0 {
      if dice.chance(keep) {
        receive(remaining, for: promise.invoices, "Promised payment received", "Cobro prometido recibido")
      } else if account.persona.partialPaymentShare < 1, dice.chance(0.5) {
        let part = Money(
          minorUnits: Int64(Double(remaining.minorUnits) * account.persona.partialPaymentShare),
          currency: ledger.currency)
        receive(
          part, for: promise.invoices, "Part of the promised payment received",
          "Recibida una parte del cobro prometido")
      }
    }
    scheduled.append(
      ScheduledItem(day: promise.promisedDay + settings.promiseToleranceDays, kind: .promiseCheck(index)))
  }

  mutating func settlePromise(_ index: Int) {
    let promise = ledger.promises[index]
    if promise.paid.minorUnits >= promise.amount.minorUnits {
      ledger.promises[index].status = .kept
      note(
        "Promise of \(money(promise.amount)) for \(dateText(promise.promisedDay)) kept",
        "Promesa de \(dinero(promise.amount)) para el \(fecha(promise.promisedDay)) cumplida")
      return
    }
    ledger.promises[index].status = promise.paid.minorUnits > 0 ? .partiallyKept : .broken
    flags.insert(.promiseBroken)
    event(
      .promiseBroken,
      "Promise of \(money(promise.amount)) for \(dateText(promise.promisedDay)) broken (\(money(promise.paid)) paid)",
      "Promesa de \(dinero(promise.amount)) para el \(fecha(promise.promisedDay)) incumplida "
        + "(pagado \(dinero(promise.paid)))")
  }
}
