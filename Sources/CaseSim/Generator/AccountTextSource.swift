/// Where the JSON and CSV writers read an account's generated text (its id, the customer's
/// names and numbers, the contacts): an `Account`'s own strings, or the bytes a
/// `StreamedAccount` keeps them in. The writers are generic over it, so each kind of
/// account gets its own specialised copy.
protocol AccountTextSource {
  /// Calls `body` with the UTF-8 of `field` of `account` (not a contact's field).
  func withText<R>(
    _ field: AccountText.Field, of account: Account, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R

  /// Calls `body` with the UTF-8 of `part` of contact `contact` of `account`.
  func withContact<R>(
    _ contact: Int, _ part: AccountText.ContactPart, of account: Account,
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R

  /// The roles of `account`'s contacts, in order.
  func contactRoles(of account: Account) -> [String]

  /// Calls `body` with the UTF-8 of item `index` of `list` of `account`.
  func withItem<R>(
    _ list: AccountText.List, _ index: Int, of account: Account, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R
}

/// The text an `Account` holds in its own strings.
struct StoredText: AccountTextSource {
  func withText<R>(
    _ field: AccountText.Field, of account: Account, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    let customer = account.customer
    switch field {
    case .accountID: return Self.withUTF8(account.id, body)
    case .number: return Self.withUTF8(customer.number, body)
    case .legalName: return Self.withUTF8(customer.legalName, body)
    case .vatID: return Self.withUTF8(customer.vatID, body)
    case .iban: return Self.withUTF8(customer.iban, body)
    case .street: return Self.withUTF8(customer.address.street, body)
    case .postalCode: return Self.withUTF8(customer.address.postalCode, body)
    case .city: return Self.withUTF8(customer.address.city, body)
    case .domain, .billingName, .billingEmail, .billingPhone, .payableName, .payableEmail, .payablePhone:
      // Contacts are read by `withContact`; the domain is only the generator's scratch.
      return Self.withUTF8("", body)
    }
  }

  func withContact<R>(
    _ contact: Int, _ part: AccountText.ContactPart, of account: Account,
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    let contact = account.customer.contacts[contact]
    switch part {
    case .name: return Self.withUTF8(contact.name, body)
    case .email: return Self.withUTF8(contact.email, body)
    case .phone: return Self.withUTF8(contact.phone, body)
    }
  }

  func contactRoles(of account: Account) -> [String] {
    account.customer.contacts.map(\.role)
  }

  func withItem<R>(
    _ list: AccountText.List, _ index: Int, of account: Account, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    switch list {
    case .historyNumbers: Self.withUTF8(account.history[index].number, body)
    case .purchaseOrders: Self.withUTF8(account.invoices[index].poNumber, body)
    }
  }

  /// `text`'s UTF-8, read in place when the string allows it.
  private static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = text
    return text.withUTF8(body)
  }
}

extension AccountText: AccountTextSource {
  func withText<R>(
    _ field: AccountText.Field, of account: Account, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    body(bytes(field))
  }

  func withContact<R>(
    _ contact: Int, _ part: AccountText.ContactPart, of account: Account,
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    body(bytes(.contact(contact, part)))
  }

  func contactRoles(of account: Account) -> [String] {
    Self.contactRoles
  }

  func withItem<R>(
    _ list: AccountText.List, _ index: Int, of account: Account, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    body(item(list, index))
  }
}
