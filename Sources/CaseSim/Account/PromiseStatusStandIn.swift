// Stand-in until the `finance` branch (which owns PromiseStatus) is merged; deleted then.
// It mirrors that branch's cases and raw values exactly.

/// State of a promise to pay (stand-in; see above).
public enum PromiseStatus: String, Sendable, Codable, CaseIterable {
  /// Not yet evaluated.
  case open
  /// Paid in full in time.
  case kept
  /// Paid in part in time.
  case partiallyKept = "partially_kept"
  /// Nothing arrived in time.
  case broken
  /// Cancelled before evaluation.
  case withdrawn
}
