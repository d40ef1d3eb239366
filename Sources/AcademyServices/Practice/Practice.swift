import CaseSim
import Foundation
import SOPKit
import TrainingKit

/// Practice cases, once for the web workbench and the CLI: start a case, act on it, finish and
/// score it, record the attempt, list a trainee's cases and attempts.
///
/// A live case is stored as what defines it (`LiveCase`) and its commands; every request
/// rebuilds it by replaying them (from this process's cache when it holds the same commands),
/// so a restart or a second instance on the same database loses nothing. Each command is
/// committed with its audit entry before the caller answers; a refused command is not stored.
/// Reads never write: a case's last use moves with its commands, and idle cases are closed
/// when a case is started.
public struct Practice: Sendable {
  /// A case with no command for this long is closed (not shown, deleted at the next start).
  public static let idleLimit: TimeInterval = 24 * 3600
  /// Live cases one trainee may keep: starting another closes the one idle longest.
  public static let perTrainee = 10
  /// Attempts to store a command while other requests move the same case.
  static let retries = 3

  let database: AcademyDatabase
  let content: ContentFolders
  let repository: any LiveCaseRepository

  init(database: AcademyDatabase, content: ContentFolders, repository: any LiveCaseRepository) {
    self.database = database
    self.content = content
    self.repository = repository
  }

  /// The same use cases reading scenarios and SOP files from `content`.
  public func using(_ content: ContentFolders) -> Practice {
    Practice(database: database, content: content, repository: repository)
  }

  var cache: LiveCaseCache { database.liveCaseCache }
  var now: Date { database.clock.now() }

  /// Starts a case of `scenario` with `seed` for `trainee`, assessed when asked or when it counts
  /// for an open pass item of their plan, scored against the revisions in force today. Closes
  /// idle cases, and the trainee's least recently used one beyond `perTrainee`, in the same
  /// transaction.
  public func start(trainee: String, scenario id: String, seed: UInt64, assessed: Bool) throws -> PracticeCase
  {
    let scenario = try self.scenario(id)
    guard let plan = try plan(trainee: trainee, scenario: scenario, assessed: assessed) else {
      throw PracticeError.notRecorded(user: trainee)
    }
    let time = now
    let idleSince = time.addingTimeInterval(-Self.idleLimit)
    let mine = try repository.cases(of: trainee, usedSince: idleSince)
    let closing = mine.count >= Self.perTrainee ? mine.suffix(mine.count - Self.perTrainee + 1).map(\.id) : []
    let live = LiveCase(
      id: Self.newID(), trainee: trainee, scenarioID: scenario.id, seed: seed, kind: plan.kind,
      revisions: GoverningSOPs.pins(of: plan.processes), startedAt: time)
    try repository.open(live, closing: closing, idleSince: idleSince, at: time)
    for id in closing { cache.remove(id) }
    let attempt = CaseAttempt(scenario: plan.scenario, processes: plan.processes)
    let entry = LiveCaseCache.Entry(live: live, attempt: attempt, simulation: attempt.start(seed: seed))
    cache.put(entry)
    return PracticeCase(entry)
  }

  /// The case `id` if it is `trainee`'s and has not been idle past `idleLimit`; nil otherwise
  /// (someone else's case is as unknown as a closed one). Writes nothing.
  public func live(_ id: String, trainee: String) throws -> PracticeCase? {
    try rebuilt(id, trainee: trainee).map(PracticeCase.init)
  }

  /// The score page's case of each of `trainee`'s attempts that were finished in the
  /// workbench, by attempt id (attempts recorded from the command line have none). Writes nothing.
  public func scoredCases(of trainee: String) throws -> [Int64: String] {
    try repository.casesByAttempt(of: trainee)
  }

  /// `trainee`'s live cases, most recently used first. Writes nothing.
  public func cases(of trainee: String) throws -> [PracticeCase] {
    try repository.cases(of: trainee, usedSince: now.addingTimeInterval(-Self.idleLimit)).compactMap {
      try rebuilt($0.id, trainee: trainee).map(PracticeCase.init)
    }
  }

  /// Carries out `command` on the case and stores it, committed with its audit entry, before
  /// returning. A command the simulation refuses throws its `SimulationError` and stores
  /// nothing; a finished case throws `PracticeError.finished`. Nil when the case is not the
  /// trainee's (or closed).
  public func perform(_ command: CaseCommand, on id: String, trainee: String) throws -> PracticeCase? {
    for _ in 0..<Self.retries {
      guard var entry = try rebuilt(id, trainee: trainee) else { return nil }
      guard entry.live.finishedAt == nil else { throw PracticeError.finished(id: id) }
      try entry.simulation.perform(command)
      let time = now
      do {
        try repository.append(command, to: id, expecting: entry.live.commandCount, at: time)
      } catch LiveCaseConflict.moved {
        continue
      } catch LiveCaseConflict.finished {
        throw PracticeError.finished(id: id)
      } catch LiveCaseConflict.unknown {
        return nil
      }
      entry.live.commandCount += 1
      entry.live.lastUsed = time
      cache.put(entry)
      return PracticeCase(entry)
    }
    throw PracticeError.busy(id: id)
  }

  /// Runs the case to its last day, scores it and, in one transaction, marks it finished and
  /// records the attempt (when the trainee's cases go on a record). A second finish, here or on
  /// another instance, records nothing and returns the same score. Nil when the case is not
  /// the trainee's.
  public func finish(_ id: String, trainee: String) throws -> FinishedCase? {
    for _ in 0..<Self.retries {
      guard var entry = try rebuilt(id, trainee: trainee) else { return nil }
      let report = entry.report ?? Self.score(entry)
      entry.report = report
      if entry.live.finishedAt != nil {
        return FinishedCase(
          practiceCase: PracticeCase(entry), report: report, finishedNow: false, failure: nil)
      }
      let time = now
      let outcome: LiveCaseFinish
      do {
        let attempt = try attemptToRecord(
          report, trainee: trainee, kind: entry.live.kind, sopRevisions: entry.live.governingRevisions,
          startedAt: entry.live.startedAt, finishedAt: time)
        outcome = try repository.finish(
          id, expecting: entry.live.commandCount, score: report.score, passed: report.passed,
          attempt: attempt, recordedBy: nil, at: time)
      } catch LiveCaseConflict.moved {
        continue
      } catch LiveCaseConflict.unknown {
        return nil
      } catch {
        entry.report = nil
        return FinishedCase(
          practiceCase: PracticeCase(entry), report: report, finishedNow: false, failure: error)
      }
      guard case .finished(let attemptID) = outcome else { continue }
      entry.live.finishedAt = time
      entry.live.lastUsed = time
      entry.live.attemptID = attemptID
      cache.put(entry)
      return FinishedCase(practiceCase: PracticeCase(entry), report: report, finishedNow: true, failure: nil)
    }
    throw PracticeError.busy(id: id)
  }

  /// The case rebuilt from the database: the stored definition and count, the simulation
  /// from the cache when it holds those commands, else replayed (only the commands the
  /// cache lacks). Nil when the case is unknown, someone else's, or idle past `idleLimit`.
  func rebuilt(_ id: String, trainee: String) throws -> LiveCaseCache.Entry? {
    let cached = cache.entry(id)
    let skip = cached.map(\.live.commandCount) ?? 0
    guard let (live, newer) = try repository.load(id, commandsAfter: skip) else {
      cache.remove(id)
      return nil
    }
    // A finished case is a record (its score page), however long ago it was used.
    guard live.trainee == trainee,
      live.finishedAt != nil || live.lastUsed >= now.addingTimeInterval(-Self.idleLimit)
    else {
      return nil
    }
    var entry: LiveCaseCache.Entry
    var commands = newer
    var changed = true
    if let cached, cached.live.commandCount <= live.commandCount {
      entry = cached
      changed = !commands.isEmpty || cached.live != live
    } else {
      if cached != nil { commands = try repository.load(id, commandsAfter: 0)?.commands ?? [] }
      let scenario = try judged(try self.scenario(live.scenarioID), for: live.trainee)
      let processes = try GoverningSOPs(sopsFolder: content.sops, dataFolder: nil).processes(
        pinned: live.revisions, in: database.store)
      let attempt = CaseAttempt(scenario: scenario, processes: processes)
      entry = LiveCaseCache.Entry(live: live, attempt: attempt, simulation: attempt.start(seed: live.seed))
    }
    let first = live.commandCount - commands.count
    for (offset, command) in commands.enumerated() {
      do {
        try entry.simulation.perform(command)
      } catch {
        throw LiveCaseError.noLongerReplays(
          id: id, position: first + offset + 1, detail: error.localizedDescription)
      }
    }
    entry.live = live
    if live.finishedAt != nil, entry.report == nil {
      entry.report = Self.score(entry)
      changed = true
    }
    if changed { cache.put(entry) }
    return entry
  }

  /// The case run on to its last day and scored against its processes.
  static func score(_ entry: LiveCaseCache.Entry) -> ScoreReport {
    var simulation = entry.simulation
    return ProcessScorer(processes: entry.attempt.processes).score(
      simulation.finish(), passMark: entry.attempt.scenario.passMark)
  }

  /// The scenario `id` from the scenarios folder; an id that is not a plain file name is
  /// refused as unknown.
  public func scenario(_ id: String) throws -> Scenario {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
    guard !id.isEmpty, id.allSatisfy(allowed.contains) else {
      throw ScenarioError.notFound(id: id, directory: content.scenarios)
    }
    return try ScenarioLibrary(directory: content.scenarios).scenario(id: id)
  }

  /// Every readable scenario, easiest first.
  public func scenarios() -> [Scenario] {
    let library = ScenarioLibrary(directory: content.scenarios)
    return library.paths().compactMap { try? ScenarioLibrary.load(path: $0) }.sorted {
      ($0.difficulty, $0.id) < ($1.difficulty, $1.id)
    }
  }

  static func newID() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<2).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
  }
}

extension AcademyDatabase {
  /// The practice use cases over this database, reading the shipped content folders
  /// (`using(_:)` names others).
  public var practice: Practice {
    Practice(
      database: self, content: ContentFolders(), repository: LiveCaseStore(writer: pool, clock: clock))
  }
}
