/// How a dunning level reaches the customer.
public enum DunningChannel: String, Sendable, Codable, CaseIterable {
  /// An email with the letter attached.
  case email
  /// A printed letter.
  case letter
  /// A task for the collector to call the customer.
  case callTask = "call_task"
}
