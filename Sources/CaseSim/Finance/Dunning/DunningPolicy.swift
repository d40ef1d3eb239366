import CivilCalendar

/// A dunning ladder and the rules a dunning run applies to it.
///
/// Sources: Odoo follow-up levels and OCA `account_credit_control` (a level is due when
/// `dueDate + delay <= runDate`, one level per run, never skipping), Upflow's "minimum
/// contact delay" (OCA ports default to 6 days), DOMAIN.md "Dunning" and "Insolvency".
public struct DunningPolicy: Sendable, Hashable, Codable {
  /// The ladder, level 1 first.
  public let levels: [DunningLevel]
  /// Minimum days between two contacts: after a contact on day D the next is allowed on
  /// D + minimumGapDays.
  public let minimumGapDays: Int

  /// Creates a policy; throws unless levels are numbered 1...n with strictly increasing
  /// delays and the gap and payment windows are not negative.
  public init(levels: [DunningLevel], minimumGapDays: Int = 6) throws {
    guard !levels.isEmpty else { throw FinanceError.invalidDunningPolicy(reason: "the ladder has no level") }
    for (index, level) in levels.enumerated() {
      guard level.level == index + 1 else {
        throw FinanceError.invalidDunningPolicy(
          reason: "level \(level.level) is in position \(index + 1); number levels 1, 2, 3... in order")
      }
      guard level.paymentWindowDays >= 0 else {
        throw FinanceError.invalidDunningPolicy(reason: "level \(level.level) has a negative payment window")
      }
      if index > 0, level.delayDays <= levels[index - 1].delayDays {
        throw FinanceError.invalidDunningPolicy(
          reason: "level \(level.level) delay \(level.delayDays) must be later than level \(index)'s "
            + "\(levels[index - 1].delayDays)")
      }
    }
    guard minimumGapDays >= 0 else {
      throw FinanceError.invalidDunningPolicy(reason: "the minimum gap between contacts is negative")
    }
    self.init(validated: levels, minimumGapDays: minimumGapDays)
  }

  /// Decodes a policy and applies the same checks as `init(levels:minimumGapDays:)`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      levels: container.decode([DunningLevel].self, forKey: .levels),
      minimumGapDays: container.decode(Int.self, forKey: .minimumGapDays))
  }

  private enum CodingKeys: String, CodingKey {
    case levels, minimumGapDays
  }

  private init(validated levels: [DunningLevel], minimumGapDays: Int) {
    self.levels = levels
    self.minimumGapDays = minimumGapDays
  }

  /// The typical ladder: reminder at +15, second notice at +30 (warns of a credit hold), final
  /// notice at +45 (warns of legal action), each giving 8 days to pay; 6 days between contacts.
  public static let standard = DunningPolicy(
    validated: [
      DunningLevel(level: 1, name: "Reminder", delayDays: 15, channels: [.email], paymentWindowDays: 8),
      DunningLevel(
        level: 2, name: "Second notice (credit hold warning)", delayDays: 30, channels: [.email, .letter],
        paymentWindowDays: 8),
      DunningLevel(
        level: 3, name: "Final notice (legal action warning)", delayDays: 45,
        channels: [.letter, .email, .callTask], paymentWindowDays: 8),
    ],
    minimumGapDays: 6)

  /// What a run on `runDate` does with `item`: send the next level, stay blocked, or wait.
  ///
  /// Blocks come first (insolvency declared on or before the run, litigation, open dispute).
  /// Otherwise only level `currentLevel + 1` is considered, and it is due when all of these
  /// hold: `dueDate + delay <= runDate`; `lastContactOn + minimumGapDays <= runDate`; no open
  /// promise with `runDate <= promisedDate + tolerance`. When not, `earliest` is the first
  /// date they all hold, and `reason` the constraint that ends last.
  public func nextLevel(for item: DunningState, runDate: CivilDate) -> DunningDecision {
    if let declared = item.insolvencyDeclared, declared <= runDate { return .blocked(.insolvent) }
    if item.inLitigation { return .blocked(.inLitigation) }
    if item.isDisputed { return .blocked(.disputed) }
    let nextIndex = max(0, item.currentLevel)
    guard nextIndex < levels.count else { return .notYet(reason: .ladderComplete, earliest: nil) }
    let next = levels[nextIndex]
    // Later entries win ties, so a promise explains a wait before a gap, and a gap before a delay.
    var waits: [(reason: DunningWaitReason, until: CivilDate)] = [
      (.levelNotDue, next.dueOn(itemDueDate: item.dueDate))
    ]
    if let contact = item.lastContactOn {
      waits.append((.minimumGap, contact.adding(days: minimumGapDays)))
    }
    if let promise = item.openPromise {
      waits.append(
        (.promisePending, promise.promisedDate.adding(days: max(0, item.promiseToleranceDays) + 1)))
    }
    let binding = waits.reduce(waits[0]) { $1.until >= $0.until ? $1 : $0 }
    return binding.until <= runDate ? .due(next) : .notYet(reason: binding.reason, earliest: binding.until)
  }

  /// The level numbered `number`, if the ladder has it.
  public func level(_ number: Int) -> DunningLevel? {
    levels.first { $0.level == number }
  }
}
