import CaseSim
import Foundation

/// Where live practice cases are kept: their definitions and their commands, in order. Every
/// write commits with its audit entry in one transaction. Domain types only, so another engine
/// can hold them.
public protocol LiveCaseRepository: Sendable {
  /// Stores `new` (no commands yet) and, in the same transaction, closes the cases of any
  /// trainee last used before `idleSince` and the cases named in `closing`, each closure audited.
  func open(_ new: LiveCase, closing: [String], idleSince: Date, at time: Date) throws

  /// The case `id` with its commands after the first `skip` of them; nil when there is none.
  func load(_ id: String, commandsAfter skip: Int) throws -> (live: LiveCase, commands: [CaseCommand])?

  /// `trainee`'s cases last used at or after `since`, most recently used first.
  func cases(of trainee: String, usedSince since: Date) throws -> [LiveCase]

  /// The case that recorded each of `trainee`'s attempts, by attempt id (such a case is kept
  /// when idle cases are closed: it is the attempt's score page).
  func casesByAttempt(of trainee: String) throws -> [Int64: String]

  /// Stores `command` as the case's command number `count + 1`, audited, when the case still
  /// has `count` commands and is not finished; throws `LiveCaseConflict` otherwise.
  func append(_ command: CaseCommand, to id: String, expecting count: Int, at time: Date) throws

  /// Marks the case finished with its score, when it still has `count` commands, and records
  /// `attempt` in the same transaction (audited as `actor`'s), so a finish retried anywhere
  /// records once. Returns
  /// `alreadyFinished` (recording nothing) when another request finished it first.
  func finish(
    _ id: String, expecting count: Int, score: Int, passed: Bool, attempt: Attempt?,
    recordedBy actor: String?,
    at time: Date
  ) throws -> LiveCaseFinish
}

/// What finishing a stored case did.
public enum LiveCaseFinish: Sendable, Hashable {
  /// Finished now; the id of the attempt recorded, if one was.
  case finished(attemptID: Int64?)
  /// It was already finished: nothing was written.
  case alreadyFinished
}

/// Why a write to a live case was not made.
public enum LiveCaseConflict: Error, Sendable, Hashable {
  /// No such case (never started, or closed).
  case unknown(id: String)
  /// Another request changed it since it was read (its command count moved): read it again.
  case moved(id: String)
  /// It is finished and takes no more commands.
  case finished(id: String)
}

/// A stored case that cannot be read back.
public enum LiveCaseError: Error, Sendable, Hashable {
  /// Case `id`'s definition (`position` 0) or its command at `position` is not what the
  /// application writes: the database was edited or is damaged.
  case unreadable(id: String, position: Int, detail: String)
  /// Stored command `position` of case `id` is refused on replay: the scenario file changed
  /// since the case started.
  case noLongerReplays(id: String, position: Int, detail: String)
}

extension LiveCaseError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .unreadable(let id, let position, let detail):
      let what = position == 0 ? "its definition" : "command \(position)"
      return
        "live case \(id): \(what) cannot be read (\(detail)); have the audit trail "
        + "verified and start a new case"
    case .noLongerReplays(let id, let position, let detail):
      return
        "live case \(id): command \(position) no longer plays on the case (\(detail)): the scenario "
        + "changed since the case started; start a new case"
    }
  }
}
