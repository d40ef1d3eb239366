import CivilCalendar

/// What a dunning run does with one item.
public enum DunningDecision: Sendable, Hashable {
  /// Send this level now.
  case due(DunningLevel)
  /// Do not dun until a person lifts the block.
  case blocked(DunningBlockReason)
  /// Nothing to send on this run; `earliest` is the first run date something could be
  /// (nil when the ladder is exhausted).
  case notYet(reason: DunningWaitReason, earliest: CivilDate?)
}

/// Why an item is blocked from dunning (DOMAIN.md "Dunning" and "Insolvency").
public enum DunningBlockReason: String, Sendable, Codable, CaseIterable {
  /// A dispute is open: resolve it first (never dun a disputed item).
  case disputed
  /// The item is with legal: the lawyer, not a letter, speaks to the customer now.
  case inLitigation = "in_litigation"
  /// Insolvency declared: stop dunning and lodge the claim instead (TRLC).
  case insolvent
}

/// Why nothing is sent on this run although the item is not blocked.
public enum DunningWaitReason: String, Sendable, Codable, CaseIterable {
  /// The next level's delay has not elapsed.
  case levelNotDue = "level_not_due"
  /// The minimum gap since the last contact has not elapsed.
  case minimumGap = "minimum_gap"
  /// An open promise to pay pauses dunning until its date plus tolerance.
  case promisePending = "promise_pending"
  /// The last level has been sent: escalate (credit hold, legal) instead.
  case ladderComplete = "ladder_complete"
}
