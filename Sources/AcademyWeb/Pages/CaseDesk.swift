import CaseSim
import Foundation
import TrainingKit

/// The cases trainees are working on right now, in memory: a case is worked for an hour or
/// so and its simulation is a value, so nothing is written until it is scored. A case
/// belongs to the trainee who started it; anyone else asking for it gets nothing (a 404).
/// Cases idle for a day are evicted, finished or not, and a trainee keeps at most
/// `perTrainee` live cases (starting another drops the one idle longest). A restart loses
/// the live cases; scored attempts are already in the database.
actor CaseDesk {
  /// One live case.
  struct LiveCase: Sendable {
    var id: String
    var trainee: String
    var attempt: CaseAttempt
    var seed: UInt64
    var simulation: CaseSimulation
    var startedAt: Date
    var lastUsed: Date
    /// Assessed (the steps stay hidden until the score) or guided.
    var kind: AttemptKind = .guided
    /// The score, once finished; the case then takes no more commands.
    var report: ScoreReport?
    /// Whether a request has taken on recording the attempt (so it is recorded once).
    var recording = false
  }

  /// Idle time after which a case is dropped.
  static let idleLimit: TimeInterval = 24 * 3600
  /// Live cases one trainee may keep.
  static let perTrainee = 10

  private var cases: [String: LiveCase] = [:]

  /// Starts a case for `trainee` and returns its id.
  func open(
    trainee: String, attempt: CaseAttempt, seed: UInt64, kind: AttemptKind = .guided, now: Date
  ) -> String {
    evictIdle(now: now)
    let mine = cases.values.filter { $0.trainee == trainee }.sorted { $0.lastUsed < $1.lastUsed }
    for old in mine.prefix(max(0, mine.count - Self.perTrainee + 1)) { cases[old.id] = nil }
    let id = String(Tokens.random().prefix(24))
    cases[id] = LiveCase(
      id: id, trainee: trainee, attempt: attempt, seed: seed, simulation: attempt.start(seed: seed),
      startedAt: now, lastUsed: now, kind: kind)
    return id
  }

  /// The case `id` if `trainee` owns it.
  func live(_ id: String, trainee: String, now: Date) -> LiveCase? {
    evictIdle(now: now)
    guard var found = cases[id], found.trainee == trainee else { return nil }
    found.lastUsed = now
    cases[id] = found
    return found
  }

  /// The trainee's live cases, most recently used first.
  func cases(of trainee: String, now: Date) -> [LiveCase] {
    evictIdle(now: now)
    return cases.values.filter { $0.trainee == trainee }.sorted { $0.lastUsed > $1.lastUsed }
  }

  /// Carries out `command` on a copy and keeps it only if it succeeded, so a refused command
  /// leaves the case exactly as it was. Nil when the case is not the trainee's or finished.
  func perform(_ command: CaseCommand, on id: String, trainee: String, now: Date) throws -> LiveCase? {
    guard var found = live(id, trainee: trainee, now: now), found.report == nil else { return nil }
    var simulation = found.simulation
    try simulation.perform(command)
    found.simulation = simulation
    cases[id] = found
    return found
  }

  /// Runs the case to its end and scores it (once). `record` is true for exactly one caller,
  /// who then records the attempt, or calls `recordingFailed` so a later finish retries.
  func finish(_ id: String, trainee: String, now: Date) -> (live: LiveCase, record: Bool)? {
    guard var found = live(id, trainee: trainee, now: now) else { return nil }
    if found.report == nil {
      let record = found.simulation.finish()
      found.report = ProcessScorer(processes: found.attempt.processes).score(
        record, passMark: found.attempt.scenario.passMark)
    }
    let record = !found.recording
    found.recording = true
    cases[id] = found
    return (found, record)
  }

  /// The attempt of `id` could not be recorded: the next finish tries again.
  func recordingFailed(_ id: String) {
    cases[id]?.recording = false
  }

  private func evictIdle(now: Date) {
    cases = cases.filter { now.timeIntervalSince($0.value.lastUsed) < Self.idleLimit }
  }
}
