/// How much a revision changes what people do: only procedural changes trigger retraining.
public enum ChangeClass: String, Sendable, Hashable, Codable, CaseIterable {
  /// Wording only: no process step, process setting or Procedure text changed.
  case editorial
  /// A process step or setting, or the Procedure section's text, changed (or the SOP is new).
  case procedural
}
