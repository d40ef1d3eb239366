/// The account's money and open matters while a case runs: what is owed on each invoice,
/// disputes, promises, credit. Days count from the case start (0).
struct CaseLedger: Sendable {
  struct Item: Sendable {
    var number: String
    var dueDay: Int
    var gross: Money
    var open: Money
    var blocked = false
    var legal = false
    var settledDay: Int?
    /// Cash applied to the invoice, by case day: the part payments interest runs around.
    var receipts: [(day: Int, amount: Money)] = []
    /// What interest runs on before the case's receipts: the open balance at the case start
    /// (earlier part payments, of unknown date, taken as on time: the cautious reading) less
    /// credit notes, whose part was never owed.
    var interestBase: Money
  }

  struct OpenDispute: Sendable {
    var invoice: String
    var reason: DisputeReason
    var amount: Money
    var raisedDay: Int
    var loggedDay: Int?
    var routedDay: Int?
    var resolver: String?
    var resolvedDay: Int?
    var scriptedDecision: Bool
  }

  struct Promise: Sendable {
    var invoices: [String]
    var amount: Money
    var madeDay: Int
    var promisedDay: Int
    var paid: Money
    var status: PromiseStatus
    var scripted: Bool
    var confirmedInWriting = false
    var matchesOffer: Bool
    var level: Int
  }

  var items: [Item]
  var disputes: [OpenDispute] = []
  var promises: [Promise] = []
  var credit: Money
  var currency: String

  init(items: [Item], credit: Money, currency: String) {
    self.items = items
    self.credit = credit
    self.currency = currency
  }

  var zero: Money { Money.zero(currency) }

  func index(of number: String) -> Int? { items.firstIndex { $0.number == number } }

  func isOverdue(_ item: Item, on day: Int) -> Bool { item.open.minorUnits > 0 && item.dueDay < day }

  func overdueNumbers(on day: Int) -> [String] { items.filter { isOverdue($0, on: day) }.map(\.number) }

  func openNumbers() -> [String] { items.filter { $0.open.minorUnits > 0 }.map(\.number) }

  func disputedNumbers() -> [String] {
    disputes.filter { $0.resolvedDay == nil }.map(\.invoice)
  }

  func isDisputed(_ number: String) -> Bool {
    disputes.contains { $0.invoice == number && $0.resolvedDay == nil }
  }

  func openAmount(of numbers: [String]) -> Money {
    numbers.compactMap(index(of:)).reduce(zero) { $0 + items[$1].open }
  }

  func disputedAmount(of numbers: [String]) -> Money {
    disputes.filter { $0.resolvedDay == nil && numbers.contains($0.invoice) }.reduce(zero) { $0 + $1.amount }
  }

  /// Applies `amount` to `numbers` oldest first; returns what was applied. Cash is recorded
  /// as received on `day`; a credit note (`day` nil) reduces what was ever owed.
  @discardableResult
  mutating func pay(_ amount: Money, to numbers: [String], receivedOn day: Int?) -> Money {
    var left = amount
    for number in numbers {
      guard let position = index(of: number), left.minorUnits > 0 else { continue }
      let take = min(left.minorUnits, items[position].open.minorUnits)
      items[position].open.minorUnits -= take
      left.minorUnits -= take
      let applied = Money(minorUnits: take, currency: currency)
      if let day {
        items[position].receipts.append((day, applied))
      } else {
        items[position].interestBase -= applied
      }
      for promise in promises.indices
      where promises[promise].status == .open && promises[promise].invoices.contains(number) {
        promises[promise].paid.minorUnits += take
      }
    }
    return amount - left
  }
}
