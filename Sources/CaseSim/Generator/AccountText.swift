/// The text a generated account makes up as it goes (its id, the customer's names,
/// numbers and contacts, its settled invoices' numbers and its open invoices' purchase
/// orders), written as UTF-8 into one buffer that is reused from account to account.
/// `case generate` writes these out from the buffer without making a `String` of any; an
/// `Account` gets one `String` per field from `resolve(into:)`.
final class AccountText {
  /// The fields held, each a span of the buffer. `domain` is scratch: the e-mail domain
  /// both contacts' addresses end with.
  enum Field: Int, CaseIterable {
    case accountID, number, legalName, domain, vatID, iban, street, postalCode, city
    case billingName, billingEmail, billingPhone
    case payableName, payableEmail, payablePhone

    /// `part` of the contact at `contact` (0 billing, 1 accounts payable).
    static func contact(_ contact: Int, _ part: ContactPart) -> Field {
      Field(rawValue: Field.billingName.rawValue + contact * 3 + part.rawValue) ?? .billingName
    }
  }

  /// Text held once per item of one of the account's lists, in the list's order.
  enum List: Int, CaseIterable {
    /// `Account.history[i].number`.
    case historyNumbers
    /// `Account.invoices[i].poNumber`.
    case purchaseOrders
  }

  /// The text of a contact, in the order it is held.
  enum ContactPart: Int {
    case name, email, phone
  }

  /// The roles of the two contacts, in the order their text is held.
  static let contactRoles = ["billing", "accounts_payable"]

  /// The mutable state, behind a pointer the object never changes: a `var` property of a
  /// class is checked for exclusive access at run time on every use, and this buffer is
  /// written a few hundred times per account.
  private struct State {
    var base: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0
    /// Where the field being written starts.
    var start = 0
  }

  /// The spans of one `List`'s items, in order.
  private struct Items {
    var spans: UnsafeMutablePointer<Range<Int>> = .allocate(capacity: 16)
    var count = 0
    var capacity = 16
  }

  private let state: UnsafeMutablePointer<State>
  /// Each field's span of the buffer, by `Field.rawValue`.
  private let spans: UnsafeMutablePointer<Range<Int>>
  /// Each `List`'s items, by `List.rawValue`.
  private let lists: UnsafeMutablePointer<Items>

  init(capacity: Int = 1024) {
    state = .allocate(capacity: 1)
    state.initialize(to: State(base: .allocate(capacity: capacity), capacity: capacity))
    spans = .allocate(capacity: Field.allCases.count)
    spans.initialize(repeating: 0..<0, count: Field.allCases.count)
    lists = .allocate(capacity: List.allCases.count)
    for list in List.allCases { (lists + list.rawValue).initialize(to: Items()) }
  }

  deinit {
    state.pointee.base.deallocate()
    state.deallocate()
    spans.deallocate()
    for list in List.allCases { lists[list.rawValue].spans.deallocate() }
    lists.deallocate()
  }

  /// Bytes written since `removeAll()`.
  private(set) var count: Int {
    get { state.pointee.count }
    set { state.pointee.count = newValue }
  }

  private var base: UnsafeMutablePointer<UInt8> { state.pointee.base }

  /// Forgets every field, keeping the buffer.
  func removeAll() {
    state.pointee.count = 0
    state.pointee.start = 0
    for list in List.allCases { lists[list.rawValue].count = 0 }
  }

  /// Starts writing a field at the end of the buffer.
  @inline(__always)
  func begin() {
    state.pointee.start = state.pointee.count
  }

  /// Ends the field begun last: it is everything written since `begin()`.
  @inline(__always)
  func end(_ field: Field) {
    spans[field.rawValue] = state.pointee.start..<state.pointee.count
  }

  /// Ends the next item of `list`: everything written since `begin()`.
  func end(_ list: List) {
    let items = lists + list.rawValue
    if items.pointee.count == items.pointee.capacity {
      let grown = UnsafeMutablePointer<Range<Int>>.allocate(capacity: items.pointee.capacity * 2)
      grown.moveInitialize(from: items.pointee.spans, count: items.pointee.count)
      items.pointee.spans.deallocate()
      items.pointee.spans = grown
      items.pointee.capacity *= 2
    }
    items.pointee.spans[items.pointee.count] = state.pointee.start..<state.pointee.count
    items.pointee.count += 1
  }

  /// Item `index` of `list`, valid until the next write.
  @inline(__always)
  func item(_ list: List, _ index: Int) -> UnsafeBufferPointer<UInt8> {
    precondition(index >= 0 && index < lists[list.rawValue].count, "no item \(index) of \(list)")
    let span = lists[list.rawValue].spans[index]
    return UnsafeBufferPointer(start: base + span.lowerBound, count: span.count)
  }

  /// The bytes of `field`, valid until the next write.
  @inline(__always)
  func bytes(_ field: Field) -> UnsafeBufferPointer<UInt8> {
    let span = spans[field.rawValue]
    return UnsafeBufferPointer(start: base + span.lowerBound, count: span.count)
  }

  /// `field` as a `String`.
  func string(_ field: Field) -> String {
    String(decoding: bytes(field), as: UTF8.self)
  }

  /// The last `length` bytes written, valid until the next write.
  @inline(__always)
  func last(_ length: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + count - length, count: length)
  }

  /// Cuts the buffer back to `length` bytes.
  func truncate(to length: Int) {
    state.pointee.count = min(state.pointee.count, length)
  }

  /// Overwrites the byte at `offset`, already written.
  @inline(__always)
  func store(_ value: UInt8, at offset: Int) {
    base[offset] = value
  }

  @inline(__always)
  private func reserve(_ extra: Int) {
    guard state.pointee.count + extra > state.pointee.capacity else { return }
    let newCapacity = max(state.pointee.count + extra, state.pointee.capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    state.pointee.base = newBase
    state.pointee.capacity = newCapacity
  }

  @inline(__always)
  func append(_ value: UInt8) {
    reserve(1)
    base[count] = value
    count += 1
  }

  @inline(__always)
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    reserve(bytes.count)
    var target = base + count
    for byte in bytes {
      target.pointee = byte
      target += 1
    }
    count += bytes.count
  }

  /// An entry of a `TextTable`, copied in 8-byte words: the table lets its entries be read
  /// up to 8 bytes past their end, and the spare room written here is written over next.
  /// The names of an account are a dozen of these.
  @inline(__always)
  func append(entry bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    reserve(bytes.count + TextTable.slack)
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(base + count)
    var offset = 0
    while offset < bytes.count {
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self
      )
      offset += 8
    }
    count += bytes.count
  }

  /// The UTF-8 of `text`, read in place when the string allows it.
  @inline(__always)
  func append(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
    var text = text
    text.withUTF8 { append($0) }
  }

  func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// A copy of `field`, already written.
  func append(_ field: Field) {
    let span = spans[field.rawValue]
    reserve(span.count)
    (base + count).update(from: base + span.lowerBound, count: span.count)
    count += span.count
  }

  /// The decimal digits of `value` (not negative), zero-padded to `width`.
  func append(_ value: Int, width: Int = 1) {
    append(UInt64(max(0, value)), width: width)
  }

  /// The decimal digits of `value`, zero-padded to `width`.
  func append(_ value: UInt64, width: Int = 1) {
    let length = GeneratedText.digitCount(value, width: width)
    reserve(length)
    GeneratedText.writeDigits(value, length: length, to: base + count)
    count += length
  }

  /// `length` random decimal digits.
  @inline(__always)
  func appendDigits(_ length: Int, using generator: inout some RandomNumberGenerator) {
    reserve(max(0, length))
    for _ in 0..<max(0, length) {
      base[count] = UInt8(48 + generator.int(in: 0...9))
      count += 1
    }
  }

  /// `length` random capital letters.
  func appendLetters(_ length: Int, using generator: inout some RandomNumberGenerator) {
    reserve(max(0, length))
    for _ in 0..<max(0, length) {
      base[count] = UInt8(65 + generator.int(in: 0...25))
      count += 1
    }
  }

  /// Sets every text field of `customer` and `id` from the buffer.
  func resolve(into account: inout Account) {
    account.id = string(.accountID)
    account.customer.number = string(.number)
    account.customer.legalName = string(.legalName)
    account.customer.vatID = string(.vatID)
    account.customer.iban = string(.iban)
    account.customer.address.street = string(.street)
    account.customer.address.postalCode = string(.postalCode)
    account.customer.address.city = string(.city)
    for index in account.history.indices {
      account.history[index].number = String(decoding: item(.historyNumbers, index), as: UTF8.self)
    }
    for index in account.invoices.indices {
      account.invoices[index].poNumber = String(decoding: item(.purchaseOrders, index), as: UTF8.self)
    }
    account.customer.contacts = Self.contactRoles.indices.map { contact in
      Contact(
        role: Self.contactRoles[contact], name: string(.contact(contact, .name)),
        email: string(.contact(contact, .email)), phone: string(.contact(contact, .phone)))
    }
  }
}
