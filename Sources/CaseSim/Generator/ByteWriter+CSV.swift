// CSV rows of `academy case generate --format csv`: one row per open invoice with the
// account's columns repeated (docs/scenario-format.md, "Generated accounts").
extension ByteWriter {
  static let csvColumns = [
    "account_id", "scenario", "seed", "index", "as_of", "customer_number", "legal_name", "country",
    "language",
    "segment", "size", "vat_id", "iban", "city", "credit_limit", "risk_class", "persona", "invoice_number",
    "issue_date", "due_date", "terms_days", "currency", "net", "tax", "gross", "open_amount", "days_past_due",
    "po_number", "dispute_reason", "disputed_amount",
  ]

  mutating func csvHeader() {
    text(Self.csvColumns.joined(separator: ","))
    byte(UInt8(ascii: "\n"))
  }

  mutating func csvRows(_ account: Account, text: some AccountTextSource) {
    let customer = account.customer
    for (index, invoice) in account.invoices.enumerated() {
      text.withText(.accountID, of: account) { csvField($0) }
      byte(UInt8(ascii: ","))
      csvField(account.scenarioID)
      byte(UInt8(ascii: ","))
      unsigned(account.seed)
      byte(UInt8(ascii: ","))
      int(account.index)
      byte(UInt8(ascii: ","))
      dateDigits(account.asOf)
      for field in [AccountText.Field.number, .legalName] {
        byte(UInt8(ascii: ","))
        text.withText(field, of: account) { csvField($0) }
      }
      for field in [customer.country.rawValue, customer.language, customer.segment, customer.size.rawValue] {
        byte(UInt8(ascii: ","))
        csvField(field)
      }
      for field in [AccountText.Field.vatID, .iban] {
        byte(UInt8(ascii: ","))
        text.withText(field, of: account) { csvField($0) }
      }
      byte(UInt8(ascii: ","))
      text.withText(.city, of: account) { csvField($0) }
      byte(UInt8(ascii: ","))
      amountDigits(customer.creditLimit)
      byte(UInt8(ascii: ","))
      csvField(customer.riskClass)
      byte(UInt8(ascii: ","))
      csvField(account.persona.type.rawValue)
      byte(UInt8(ascii: ","))
      csvField(invoice.number)
      byte(UInt8(ascii: ","))
      dateDigits(invoice.issueDate)
      byte(UInt8(ascii: ","))
      dateDigits(invoice.dueDate)
      byte(UInt8(ascii: ","))
      int(invoice.termsDays)
      byte(UInt8(ascii: ","))
      invoice.gross.code.withUTF8 { csvField($0) }
      for money in [invoice.net, invoice.tax, invoice.gross, invoice.openAmount] {
        byte(UInt8(ascii: ","))
        amountDigits(money)
      }
      byte(UInt8(ascii: ","))
      int(invoice.dueDate.days(until: account.asOf))
      byte(UInt8(ascii: ","))
      text.withItem(.purchaseOrders, index, of: account) { csvField($0) }
      let dispute = account.disputes.first { $0.invoiceNumber == invoice.number }
      byte(UInt8(ascii: ","))
      if let dispute {
        csvField(dispute.reason.rawValue)
        byte(UInt8(ascii: ","))
        amountDigits(dispute.openAmount)
      } else {
        byte(UInt8(ascii: ","))
      }
      byte(UInt8(ascii: "\n"))
    }
  }
}
