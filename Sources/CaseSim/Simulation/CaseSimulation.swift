import CivilCalendar
import SOPKit

/// A case being worked: a generated account on a simulated calendar from the scenario's
/// as-of date. The trainee's commands go in one at a time; the persona answers, scripted
/// events arrive on their days, and everything lands in one log, the rubric's input.
public struct CaseSimulation: Sendable {
  /// The account as generated.
  public let account: Account
  /// The scenario.
  public let scenario: Scenario
  /// Settings from the governing processes.
  public let settings: CaseSettings
  /// Current case day (0 = as-of date).
  public private(set) var day = 0
  /// The log so far.
  public private(set) var entries: [CaseEntry] = []

  var ledger: CaseLedger
  var dice: CaseDice
  var flags: CaseConditions = []
  var scripted: [ResolvedEvent]
  var scriptedCursor = 0
  var scheduled: [ScheduledItem] = []
  var offer: Offer?
  var askedForCopy = false
  var sentCopy = false
  var contactedOnce = false
  var payments: [PaymentRecord] = []
  var claimedInterest: Money
  var claimFiled: Money?
  var insolvencyDay: Int?
  /// Last day to communicate credits (`InsolvencyRecord.claimDeadline`), as a case day.
  var claimDeadlineDay: Int?
  var resolutionDay: Int?
  var dunningSent: [(day: Int, level: Int, invoices: [String])] = []

  /// The promise the customer offered on the last answered contact.
  struct Offer: Sendable {
    var amount: Money
    var day: Int
    var invoices: [String]
  }

  /// Something the simulation will do on a later day.
  struct ScheduledItem: Sendable {
    enum Kind: Sendable {
      case planApproval
      case writeOffApproval
      case promiseDue(Int)
      case promiseCheck(Int)
      case resolverDecision(Int)
      case dunningCheck(sentDay: Int, invoices: [String])
      case disputeOverdue(Int)
    }
    var day: Int
    var kind: Kind
  }

  /// Starts the case on the account's as-of date and plays the events of day 0.
  public init(account: Account, scenario: Scenario, settings: CaseSettings = CaseSettings()) {
    self.account = account
    self.scenario = scenario
    self.settings = settings
    let currency = account.customer.creditLimit.currency
    let asOf = account.asOf
    ledger = CaseLedger(
      items: account.invoices.map {
        CaseLedger.Item(
          number: $0.number, dueDay: asOf.days(until: $0.dueDate), gross: $0.gross, open: $0.openAmount,
          interestBase: $0.openAmount)
      }, credit: account.creditBalance, currency: currency)
    dice = CaseDice(seed: account.seed ^ UInt64(truncatingIfNeeded: account.index))
    scripted = account.events.sorted { $0.day < $1.day }
    claimedInterest = Money.zero(currency)
    openCase()
  }

  /// The case's calendar date today.
  public var date: CivilDate { account.asOf.adding(days: day) }
  /// Last day of the case.
  public var lastDay: Int { scenario.caseDays }
  /// Whether the clock has reached the last day.
  public var isAtEnd: Bool { day >= lastDay }
  /// The customer speaks Spanish.
  var speaksSpanish: Bool { account.customer.language == "es" }
  /// Conditions holding now.
  public var conditions: CaseConditions { currentConditions() }

  /// Carries out one command. Throws only when a parameter cannot be resolved; a command
  /// the domain forbids is carried out and recorded as a violation.
  public mutating func perform(_ command: CaseCommand) throws {
    switch command {
    case .act(let action):
      try act(action)
    case .wait(let days):
      advance(to: day + max(0, days))
    case .advanceTo(let target):
      advance(to: account.asOf.days(until: target))
    case .waitFor(let event):
      // An event that already came after the trainee's last action counts: "wait for the
      // approval" right after a call that raised it must not skip to the next one.
      let lastAction = entries.lastIndex { if case .action = $0.kind { return true } else { return false } }
      if entries[((lastAction ?? -1) + 1)...].contains(where: { $0.isEvent(event) }) { return }
      // Played on a copy first: an event that never comes must not run the case to its last
      // day behind the trainee's back (the case would be over with nothing to show why).
      var ahead = self
      let start = entries.count
      while ahead.day < ahead.lastDay {
        ahead.advance(to: ahead.day + 1)
        if ahead.entries[start...].contains(where: { $0.isEvent(event) }) {
          self = ahead
          return
        }
      }
      throw SimulationError.eventDoesNotCome(
        event: event.rawValue, lastDay: lastDay, seenOn: entries.last { $0.isEvent(event) }?.day)
    }
  }

  /// Runs the clock to the last day (the case goes on when the trainee stops) and returns
  /// the record the scorer reads.
  public mutating func finish() -> CaseRecord {
    advance(to: lastDay)
    return record()
  }

  /// Moves the clock day by day to `target` (clamped to the case), playing each day.
  mutating func advance(to target: Int) {
    let end = min(target, lastDay)
    while day < end {
      day += 1
      playDay()
    }
  }

  mutating func append(_ kind: CaseEntry.Kind, speaker: String, _ text: String, spanish: String? = nil) {
    entries.append(
      CaseEntry(
        day: day, kind: kind, speaker: speaker, text: text, spanish: spanish, conditions: currentConditions())
    )
    if resolutionDay == nil, !ledger.items.contains(where: { ledger.isOverdue($0, on: day) }) {
      resolutionDay = day
    }
  }

  /// A system line recording `event`, in English and Spanish.
  mutating func event(_ event: ProcessEvent, effectiveDay: Int? = nil, _ text: String, _ spanish: String) {
    append(.event(event, effectiveDay: effectiveDay ?? day), speaker: "system", text, spanish: spanish)
  }

  mutating func say(_ english: String, _ spanish: String) {
    append(.note, speaker: "customer", speaksSpanish ? spanish : english)
  }

  /// A system line no step counts from, in English and Spanish.
  mutating func note(_ text: String, _ spanish: String) {
    append(.note, speaker: "system", text, spanish: spanish)
  }

  func currentConditions() -> CaseConditions {
    var result = flags
    if ledger.items.contains(where: { ledger.isOverdue($0, on: day) }) { result.insert(.overdue) }
    if ledger.disputes.contains(where: { $0.resolvedDay == nil }) { result.insert(.disputeOpen) }
    if ledger.promises.contains(where: { $0.status == .open }) { result.insert(.promiseOpen) }
    if ledger.credit.minorUnits > 0 { result.insert(.creditBalance) }
    return result
  }

  /// A transcript line as a reader of `feedback`'s language sees it: the trainee's own
  /// actions as sentences (`Called the customer (Contact: accounts payable; ...)`), the
  /// system's lines in that language, the customer's as said.
  public func line(of entry: CaseEntry, in feedback: Feedback) -> String {
    guard case .action(let recorded) = entry.kind else { return entry.text(in: feedback.language) }
    return feedback.line(for: recorded, currency: ledger.currency)
  }

  /// The vocabulary in the words of an English and of a Spanish system line.
  static let (words, palabras) = (Feedback.english, Feedback.orEnglish("es"))
  func money(_ amount: Money) -> String { amount.description }
  /// An amount in a Spanish system line (`18.686,05 €`).
  func dinero(_ amount: Money) -> String { CustomerFormat.spanish.money(amount) }
  /// A case day in a Spanish system line (`20/09/2025`).
  func fecha(_ caseDay: Int) -> String { CustomerFormat.spanish.date(account.asOf.adding(days: caseDay)) }
  func dateText(_ caseDay: Int) -> String { account.asOf.adding(days: caseDay).iso }
}

extension CaseEntry {
  /// Whether this entry is `event`.
  func isEvent(_ event: ProcessEvent) -> Bool {
    if case .event(let recorded, _) = kind { return recorded == event }
    return false
  }
}
