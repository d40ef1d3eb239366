// The wire format of `academy case generate` (documented in docs/scenario-format.md,
// "Generated accounts"): snake_case keys in a fixed order, amounts as decimal strings,
// dates as `YYYY-MM-DD`.
extension ByteWriter {
  @inline(__always)
  mutating func key(_ name: StaticString, first: Bool = false) {
    reserve(name.utf8CodeUnitCount + 4)
    if !first { put(UInt8(ascii: ",")) }
    put(UInt8(ascii: "\""))
    put(name)
    put(UInt8(ascii: "\""))
    put(UInt8(ascii: ":"))
  }

  mutating func array<T>(_ name: StaticString, _ items: [T], _ write: (inout ByteWriter, T) -> Void) {
    array(name, items) { writer, _, item in write(&writer, item) }
  }

  /// A JSON array of `items`; `write` is also told each item's position.
  @inline(__always)
  mutating func array<T>(_ name: StaticString, _ items: [T], _ write: (inout ByteWriter, Int, T) -> Void) {
    key(name)
    byte(UInt8(ascii: "["))
    // Through the buffer, so each element is lent in place instead of copied out (and its
    // strings retained and released) by an iterator or the array's subscript.
    items.withUnsafeBufferPointer { elements in
      for offset in elements.indices {
        if offset > 0 { byte(UInt8(ascii: ",")) }
        write(&self, offset, elements[offset])
      }
    }
    byte(UInt8(ascii: "]"))
  }

  /// `account` as one JSON object, its id and customer text read from `text`.
  mutating func account(_ account: Account, text: some AccountTextSource) {
    byte(UInt8(ascii: "{"))
    key("id", first: true)
    text.withText(.accountID, of: account) { string($0) }
    key("scenario")
    string(account.scenarioID)
    key("seed")
    unsigned(account.seed)
    key("index")
    int(account.index)
    key("as_of")
    date(account.asOf)
    key("currency")
    account.customer.creditLimit.code.withUTF8 { string($0) }
    key("open_balance")
    amount(account.openBalance)
    key("credit_balance")
    amount(account.creditBalance)
    key("customer")
    customer(of: account, text: text)
    key("persona")
    persona(account.persona)
    array("invoices", account.invoices) { writer, index, invoice in
      writer.invoice(invoice) { writer in
        text.withItem(.purchaseOrders, index, of: account) { writer.string($0) }
      }
    }
    array("payments", account.payments) { $0.payment($1) }
    array("credit_notes", account.creditNotes) { $0.creditNote($1) }
    array("unapplied_cash", account.unappliedCash) { $0.unapplied($1) }
    array("disputes", account.disputes) { $0.dispute($1) }
    array("promises", account.promises) { $0.promise($1) }
    array("dunning", account.dunning) { $0.dunning($1) }
    key("insolvency")
    if let insolvency = account.insolvency { self.insolvency(insolvency) } else { raw("null") }
    array("history", account.history) { writer, index, settled in
      writer.raw("{\"number\":")
      text.withItem(.historyNumbers, index, of: account) { writer.string($0) }
      writer.settled(settled)
    }
    array("events", account.events) { $0.event($1) }
    byte(UInt8(ascii: "}"))
  }

  mutating func customer(of account: Account, text: some AccountTextSource) {
    let customer = account.customer
    byte(UInt8(ascii: "{"))
    key("number", first: true)
    text.withText(.number, of: account) { string($0) }
    key("legal_name")
    text.withText(.legalName, of: account) { string($0) }
    key("country")
    string(customer.country.rawValue)
    key("language")
    string(customer.language)
    key("segment")
    string(customer.segment)
    key("size")
    string(customer.size.rawValue)
    key("vat_id")
    text.withText(.vatID, of: account) { string($0) }
    key("iban")
    text.withText(.iban, of: account) { string($0) }
    key("address")
    byte(UInt8(ascii: "{"))
    key("street", first: true)
    text.withText(.street, of: account) { string($0) }
    key("postal_code")
    text.withText(.postalCode, of: account) { string($0) }
    key("city")
    text.withText(.city, of: account) { string($0) }
    key("country")
    string(customer.address.country.rawValue)
    byte(UInt8(ascii: "}"))
    key("contacts")
    byte(UInt8(ascii: "["))
    for (contact, role) in text.contactRoles(of: account).enumerated() {
      if contact > 0 { byte(UInt8(ascii: ",")) }
      byte(UInt8(ascii: "{"))
      key("role", first: true)
      string(role)
      key("name")
      text.withContact(contact, .name, of: account) { string($0) }
      key("email")
      text.withContact(contact, .email, of: account) { string($0) }
      key("phone")
      text.withContact(contact, .phone, of: account) { string($0) }
      byte(UInt8(ascii: "}"))
    }
    byte(UInt8(ascii: "]"))
    key("credit_limit")
    amount(customer.creditLimit)
    key("risk_class")
    string(customer.riskClass)
    byte(UInt8(ascii: "}"))
  }

  mutating func persona(_ persona: Persona) {
    byte(UInt8(ascii: "{"))
    key("type", first: true)
    string(persona.type.rawValue)
    key("answer_probability")
    probability(persona.answerProbability)
    key("promise_keep_probability")
    probability(persona.promiseKeepProbability)
    key("dispute_probability")
    probability(persona.disputeProbability)
    key("partial_payment_share")
    probability(persona.partialPaymentShare)
    key("broken_promises")
    int(persona.brokenPromises)
    key("pays_after_contact_days")
    byte(UInt8(ascii: "["))
    int(persona.paysAfterContactDays.min)
    byte(UInt8(ascii: ","))
    int(persona.paysAfterContactDays.max)
    byte(UInt8(ascii: "]"))
    byte(UInt8(ascii: "}"))
  }

  /// A probability to three decimals, written from an integer so the text never depends on
  /// floating-point formatting.
  mutating func probability(_ value: Double) {
    let permille = Int((min(max(value, 0), 1) * 1000).rounded())
    unsigned(UInt64(permille / 1000))
    byte(UInt8(ascii: "."))
    padded(permille % 1000, width: 3)
  }

  // Invoices, settled invoices and dunning records are most of an account: their
  // fixed-width fields are written after one room check per run of them.
  /// An open invoice; `poNumber` writes its purchase order's number.
  mutating func invoice(_ invoice: Invoice, poNumber: (inout ByteWriter) -> Void) {
    raw("{\"number\":")
    string(invoice.number)
    reserve(256)
    put(",\"issue_date\":")
    putDate(invoice.issueDate)
    put(",\"due_date\":")
    putDate(invoice.dueDate)
    put(",\"terms_days\":")
    putInt(invoice.termsDays)
    put(",\"net\":")
    putAmount(invoice.net)
    put(",\"tax\":")
    putAmount(invoice.tax)
    put(",\"gross\":")
    putAmount(invoice.gross)
    put(",\"po_number\":")
    poNumber(&self)
    reserve(64)
    put(",\"open_amount\":")
    putAmount(invoice.openAmount)
    put(UInt8(ascii: "}"))
  }

  mutating func payment(_ payment: Payment) {
    byte(UInt8(ascii: "{"))
    key("reference", first: true)
    string(payment.reference)
    key("date")
    date(payment.date)
    key("amount")
    amount(payment.amount)
    key("invoice")
    string(payment.invoiceNumber)
    byte(UInt8(ascii: "}"))
  }

  mutating func creditNote(_ note: CreditNote) {
    byte(UInt8(ascii: "{"))
    key("number", first: true)
    string(note.number)
    key("date")
    date(note.date)
    key("amount")
    amount(note.amount)
    key("invoice")
    if let invoice = note.invoiceNumber { string(invoice) } else { raw("null") }
    key("reason")
    string(note.reason.rawValue)
    byte(UInt8(ascii: "}"))
  }

  mutating func unapplied(_ cash: UnappliedCash) {
    byte(UInt8(ascii: "{"))
    key("reference", first: true)
    string(cash.reference)
    key("date")
    date(cash.date)
    key("amount")
    amount(cash.amount)
    key("remittance")
    string(cash.remittance)
    byte(UInt8(ascii: "}"))
  }

  mutating func dispute(_ dispute: Dispute) {
    byte(UInt8(ascii: "{"))
    key("id", first: true)
    string(dispute.id)
    key("invoice")
    string(dispute.invoiceNumber)
    key("reason")
    string(dispute.reason.rawValue)
    key("original_amount")
    amount(dispute.originalAmount)
    key("open_amount")
    amount(dispute.openAmount)
    key("resolver")
    string(dispute.resolver)
    key("opened")
    date(dispute.opened)
    byte(UInt8(ascii: "}"))
  }

  mutating func promise(_ promise: PromiseRecord) {
    byte(UInt8(ascii: "{"))
    key("invoice", first: true)
    string(promise.invoiceNumber)
    key("made")
    date(promise.made)
    key("promised_date")
    date(promise.promisedDate)
    key("amount")
    amount(promise.amount)
    key("paid")
    amount(promise.paid)
    key("status")
    string(promise.status.rawValue)
    key("level")
    int(promise.level)
    byte(UInt8(ascii: "}"))
  }

  mutating func dunning(_ record: DunningRecord) {
    raw("{\"invoice\":")
    string(record.invoiceNumber)
    reserve(128)
    put(",\"level\":")
    putInt(record.level)
    put(",\"date\":")
    putDate(record.date)
    put(",\"channel\":")
    string(record.channel)
    byte(UInt8(ascii: "}"))
  }

  mutating func insolvency(_ record: InsolvencyRecord) {
    byte(UInt8(ascii: "{"))
    key("declared", first: true)
    date(record.declared)
    key("published")
    date(record.published)
    key("administrator")
    string(record.administrator)
    key("claim_deadline")
    date(record.claimDeadline)
    byte(UInt8(ascii: "}"))
  }

  /// A settled invoice after its number, which the caller has written.
  mutating func settled(_ settled: SettledInvoice) {
    reserve(256)
    put(",\"issue_date\":")
    putDate(settled.issueDate)
    put(",\"due_date\":")
    putDate(settled.dueDate)
    put(",\"settled_date\":")
    putDate(settled.settledDate)
    put(",\"days_late\":")
    putInt(settled.daysLate)
    put(",\"disputed\":")
    put(settled.disputed ? "true" : "false")
    put(",\"amount\":")
    putAmount(settled.amount)
    put(UInt8(ascii: "}"))
  }

  mutating func event(_ event: ResolvedEvent) {
    byte(UInt8(ascii: "{"))
    key("day", first: true)
    int(event.day)
    key("date")
    date(event.date)
    key("type")
    string(event.kind.rawValue)
    array("invoices", event.invoiceNumbers) { $0.string($1) }
    key("amount")
    if let amount = event.amount { self.amount(amount) } else { raw("null") }
    key("reason")
    if let reason = event.reason { string(reason.rawValue) } else { raw("null") }
    key("related_date")
    if let related = event.relatedDate { date(related) } else { raw("null") }
    key("detail")
    if let detail = event.detail { string(detail) } else { raw("null") }
    key("administrator")
    if let administrator = event.administrator { string(administrator) } else { raw("null") }
    key("claim_deadline")
    if let deadline = event.claimDeadline { date(deadline) } else { raw("null") }
    byte(UInt8(ascii: "}"))
  }
}
