import CivilCalendar

/// Where one item stands on a given day.
public struct ItemProgress: Sendable, Hashable {
  /// The item's state.
  public enum State: String, Sendable, Hashable, Codable {
    /// Completed.
    case done
    /// Open and its prerequisites are done.
    case open
    /// Open, waiting for prerequisites.
    case blocked
    /// A pass item whose allowed attempts are used up without a pass: coaching and a new date.
    case exhausted
  }

  /// The item.
  public var item: TrainingItem
  /// Its state.
  public var state: State
  /// The day it was completed.
  public var completedOn: CivilDate?
  /// Best score among the counted attempts.
  public var bestScore: Double?
  /// Attempts counted.
  public var attemptsUsed: Int
  /// Open and past its due day.
  public var overdue: Bool
  /// Prerequisites still open.
  public var waitingFor: [String]

  /// Whether it is done.
  public var isDone: Bool { state == .done }
}
