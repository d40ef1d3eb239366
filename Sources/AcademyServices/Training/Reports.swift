import CivilCalendar
import Foundation
import People
import SOPKit
import TrainingKit

/// The training reports and exports, each once, for the team pages and `academy report`:
/// progress, risks and coverage tables (text, CSV, JSON), the team overview, and xAPI. All reads.
public struct Reports: Sendable {
  let training: any TrainingRepository
  let people: UserDirectory

  /// Today's UTC day by the database's clock.
  public var today: CivilDate { training.today }

  /// The training tables a report prints.
  public enum Table: String, Sendable, CaseIterable {
    /// Per trainee counts, completion, forecast and risk.
    case progress
    /// Trainees at risk or late, one line per reason.
    case risks
    /// Per SOP in force, who is qualified; "no backup" below two.
    case coverage
  }

  /// One table, of everyone with a plan or of one team.
  public func table(_ table: Table, team: String? = nil, words: TrainingTable.Words = .codes) throws
    -> TrainingTable
  {
    switch table {
    case .progress: .progress(try training.progress(trainee: nil, team: team), words: words)
    case .risks: .risks(try training.progress(trainee: nil, team: team), words: words)
    case .coverage: .coverage(try training.coverage(team: team), words: words)
    }
  }

  /// The manager's dashboard: every team, the chosen one's plans (a team not among them
  /// counts as none chosen), its attempts, open risks and coverage, and printed names.
  public func team(_ requested: String?) throws -> TeamOverview {
    let all = try training.progress(trainee: nil, team: nil)
    let teams = Set(all.compactMap(\.assignment.team)).sorted()
    let team = requested.flatMap { teams.contains($0) ? $0 : nil }
    return TeamOverview(
      teams: teams, team: team, progress: all.filter { team == nil || $0.assignment.team == team },
      attempts: try training.teamAttempts(team: team),
      openRisks: Plans.named(try training.risks(all: false, team: team), in: all),
      coverage: try training.coverage(team: team), printedNames: try printedNames())
  }

  /// xAPI statements (NDJSON, one a line) for facts on or after `since` (`YYYY-MM-DD`), with
  /// activity IRIs under `homePage`.
  public func xapi(since: String, homePage: String) throws -> String {
    let since = try Plans.day(since, .since)
    let exporter = XAPIExporter(
      homePage: homePage, printedNames: try printedNames(), sopTitles: try training.sopTitles())
    return try XAPIExporter.ndjson(try training.statements(since: since, exporter: exporter))
  }

  private func printedNames() throws -> [String: String] {
    Dictionary(try people.list().map { ($0.name, $0.fullName) }, uniquingKeysWith: { first, _ in first })
  }
}

/// What the team dashboard shows.
public struct TeamOverview: Sendable {
  /// Every team that has a plan, sorted.
  public var teams: [String]
  /// The team chosen (nil: everyone).
  public var team: String?
  /// Progress of the chosen plans.
  public var progress: [TraineeProgress]
  /// Their practice attempts, oldest first.
  public var attempts: [Attempt]
  /// Risks raised and not answered, newest first.
  public var openRisks: [NamedRisk]
  /// Who is qualified on each SOP in force.
  public var coverage: CoverageMatrix
  /// User name -> printed name.
  public var printedNames: [String: String]
}
