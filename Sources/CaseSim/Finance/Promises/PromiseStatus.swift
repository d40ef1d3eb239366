/// The state of a promise to pay (SAP FSCM promise-to-pay states).
public enum PromiseStatus: String, Sendable, Codable, CaseIterable {
  /// Not yet evaluated: the promised date plus tolerance has not passed.
  case open
  /// The full promised amount arrived by the promised date plus tolerance.
  case kept
  /// Part of the promised amount arrived in time.
  case partiallyKept = "partially_kept"
  /// Nothing arrived in time.
  case broken
  /// Cancelled before evaluation (e.g. replaced by a payment plan); excluded from the kept rate.
  case withdrawn

  /// Whether the promise counts in the kept rate's denominator.
  public var isEvaluated: Bool {
    self == .kept || self == .partiallyKept || self == .broken
  }
}
