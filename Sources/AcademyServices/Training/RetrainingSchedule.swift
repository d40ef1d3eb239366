import AuditTrail
import Foundation
import TrainingKit

/// The scheduled retraining check the server runs: at start, then every few minutes and just
/// after each UTC midnight (when revisions approved with a later effective date come into
/// force). Each run writes only when there is something to create (`Plans.retrain`).
public struct RetrainingSchedule: Sendable {
  /// Seconds between two checks at most.
  public static let interval: TimeInterval = 300

  let plans: Plans
  let clock: TimeSource

  /// A schedule over `plans`, reading "now" from `clock`.
  public init(plans: Plans, clock: TimeSource) {
    self.plans = plans
    self.clock = clock
  }

  /// Seconds from `now` to the next check: `interval`, or one second after the next UTC
  /// midnight when that comes sooner.
  public static func delay(after now: Date, interval: TimeInterval = interval) -> TimeInterval {
    let day: TimeInterval = 86_400
    let sinceMidnight = now.timeIntervalSince1970.truncatingRemainder(dividingBy: day)
    return max(1, min(interval, day - sinceMidnight + 1))
  }

  /// Checks now and then after each delay until the task is cancelled. `report` hears of each
  /// run that created items, and of each failure (the next run tries again).
  public func run(report: @Sendable (Result<[TrainingItem], any Error>) -> Void) async {
    while !Task.isCancelled {
      do {
        let created = try plans.retrain()
        if !created.isEmpty { report(.success(created)) }
      } catch {
        report(.failure(error))
      }
      try? await Task.sleep(for: .seconds(Self.delay(after: clock.now())))
    }
  }
}
