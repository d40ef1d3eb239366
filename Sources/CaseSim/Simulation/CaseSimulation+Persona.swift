import SOPKit

// How the hidden persona answers. Every draw comes from `dice`, so the same attempt on the
// same seed gets the same answers; what the trainee did (language, opening, written
// confirmation) moves the odds.
extension CaseSimulation {
  /// Whether an outbound call or email gets an answer.
  mutating func answers(language: String?) -> Bool {
    var probability = account.persona.answerProbability
    if let language, language != account.customer.language { probability *= 0.5 }
    return dice.chance(probability)
  }

  /// The customer in conversation: raises problems, asks for time, asks for a copy, or
  /// offers a dated promise.
  mutating func converse(askedAboutProblems: Bool) {
    if flags.contains(.customerInsolvent) {
      say(
        "We are in insolvency proceedings: please deal with the insolvency administrator.",
        "Estamos en concurso de acreedores: diríjanse a la administración concursal.")
      return
    }
    if flags.contains(.customerInNegotiations) {
      say(
        "While we negotiate with our creditors we cannot pay the old invoices or promise a date; our adviser "
          + "will send you the restructuring proposal.",
        "Mientras negociamos con los acreedores no podemos pagar las facturas antiguas ni comprometer una "
          + "fecha; nuestro asesor les enviará la propuesta de reestructuración.")
      return
    }
    if !contactedOnce {
      contactedOnce = true
      for number in ledger.overdueNumbers(on: day) where !ledger.isDisputed(number) {
        guard dice.chance(account.persona.disputeProbability) else { continue }
        var generator = dice.next()
        let reason = generator.element(of: DisputeReason.allCases)
        raiseDispute(invoice: number, reason: reason, amount: ledger.openAmount(of: [number]))
      }
    }
    if account.persona.type == .cashFlowTrouble, !flags.contains(.planRequested) {
      flags.insert(.planRequested)
      say(
        "We cannot pay everything at once; could we pay in instalments?",
        "No podemos pagarlo todo de golpe; ¿podríamos pagarlo a plazos?")
      event(
        .planRequested, "The customer asks for time to pay (payment plan)",
        "El cliente pide un aplazamiento (plan de pagos)")
      return
    }
    if account.persona.type == .forgetful, !askedForCopy, let first = ledger.overdueNumbers(on: day).first,
      dice.chance(0.3)
    {
      askedForCopy = true
      say(
        "Could you send me a copy of invoice \(first)?", "¿Me pueden enviar una copia de la factura \(first)?"
      )
    }
    let payable = ledger.overdueNumbers(on: day).filter { !ledger.isDisputed($0) }
    let amount = ledger.openAmount(of: payable)
    guard amount.minorUnits > 0 else {
      say("We have nothing else pending with you.", "No tenemos nada más pendiente con ustedes.")
      return
    }
    let range = account.persona.paysAfterContactDays
    let earliest = max(0, range.min)
    var delay = dice.int(in: earliest...max(earliest, range.max))
    if askedAboutProblems { delay = max(1, delay - 1) }
    offer = Offer(amount: amount, day: day + delay, invoices: payable)
    sayPromise(amount, on: day + delay)
  }

  /// The customer offers to pay `amount` on case day `promisedDay`, in its own words.
  mutating func sayPromise(_ amount: Money, on promisedDay: Int) {
    let date = account.asOf.adding(days: promisedDay)
    let (english, spanish) = (CustomerFormat.english, CustomerFormat.spanish)
    say(
      "We will pay \(english.money(amount)) on \(english.date(date)).",
      "Les pagaremos \(spanish.money(amount)) el \(spanish.date(date)).")
  }

  /// The customer calls or writes on its own.
  mutating func inbound(channel: String) {
    if flags.contains(.customerInsolvent) {
      say(
        "The insolvency administrator writes: lodge your claim with us, with the invoices and evidence.",
        "La administración concursal comunica: presenten su crédito con las facturas y justificantes.")
      return
    }
    note(
      channel == "call" ? "The customer calls" : "The customer writes",
      channel == "call" ? "El cliente llama" : "El cliente escribe")
    converse(askedAboutProblems: false)
  }
}
