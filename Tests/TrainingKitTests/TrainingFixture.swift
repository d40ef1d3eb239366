import AuditTrail
import CivilCalendar
import Foundation
import GRDB
import SOPKit
import TestSupport

@testable import TrainingKit

/// A clock tests move forward. The lock makes reads and writes of `day` safe across the
/// threads GRDB may call it from, which is why `@unchecked Sendable` holds.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var day: String

  init(_ day: String) {
    self.day = day
  }

  func set(_ day: String) {
    lock.withLock { self.day = day }
  }

  var source: TimeSource {
    TimeSource { [self] in
      let day = lock.withLock { self.day }
      return Date(utcTimestamp: "\(day)T09:00:00.000Z") ?? Date(timeIntervalSince1970: 0)
    }
  }
}

/// An in-memory academy database with SOPs, and helpers to approve revisions.
struct TrainingWorld {
  static let author = Signer(userName: "ana", printedName: "Ana López", roles: ["author"])
  static let lead = Signer(userName: "lea", printedName: "Lea Díaz", roles: ["approver", "ar-team-lead"])
  static let manager = Signer(userName: "max", printedName: "Max Ruiz", roles: ["manager"])
  static let tina = Signer(userName: "tina", printedName: "Tina Gil", roles: ["trainee"])
  static let tom = Signer(userName: "tom", printedName: "Tom Vidal", roles: ["trainee"])

  let queue: DatabaseQueue
  let clock: TestClock
  var sops: SOPStore { SOPStore(writer: queue, clock: clock.source) }
  var training: TrainingStore { TrainingStore(writer: queue, clock: clock.source) }
  /// The SOP store as the academy wires it: a signature that puts a revision in force creates
  /// its retraining in the same transaction.
  var sopsWithRetraining: SOPStore {
    SOPStore(writer: queue, clock: clock.source) { [training] _, db in
      _ = try training.applyRetraining(in: db)
    }
  }

  init(day: String = "2026-03-02") throws {
    queue = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    AuditLog.registerMigrations(in: &migrator)
    SOPStore.registerMigrations(in: &migrator)
    TrainingStore.registerMigrations(in: &migrator)
    try migrator.migrate(queue)
    clock = TestClock(day)
  }

  /// An SOP whose process step deadline and purpose wording vary, so a change of `within`
  /// is procedural and a change of `purpose` editorial.
  static func content(id: String, purpose: String = "How the team works.", within: Int = 1) -> String {
    """
    ---
    id: \(id)
    title: Procedure \(id)
    owner: olga
    approvers: [ar-team-lead]
    review_every_months: 12
    language: en
    ---
    # Procedure \(id)

    ## Purpose

    \(purpose)

    ## Procedure

    Do the step on time.

    ```process
    steps:
      - id: step
        title: Do the step
        action: call
        within: {days: \(within), of: case_start}
        section: procedure
    ```

    ## Records

    The log.

    """
  }

  /// Imports, submits and approves a revision of `id`, effective today (or on `effective`),
  /// through `store` (the plain SOP store unless given).
  @discardableResult
  func approve(
    _ id: String, purpose: String = "How the team works.", within: Int = 1, effective: CivilDate? = nil,
    through store: SOPStore? = nil
  ) throws -> StoredRevision {
    let sops = store ?? self.sops
    let candidate = RevisionCandidate(
      sopID: id, title: "Procedure \(id)", owner: "olga", approvers: ["ar-team-lead"], reviewEveryMonths: 12,
      language: "en", translationOf: nil, content: Self.content(id: id, purpose: purpose, within: within),
      sourcePath: "\(id).md")
    _ = try sops.importRevision(candidate, by: Self.author)
    try sops.submit(id, SubmitRequest(effective: effective), by: Self.author)
    return try sops.sign(id, .approve, seen: nil, comment: nil, by: Self.lead)
  }

  /// A plan acknowledging COL-004 and COL-002, passing a COL-004 scenario, and a sign-off.
  static let plan = PlanTemplate(
    id: "test-plan", title: "Test plan", team: "desk",
    items: [
      PlanItemSpec(id: "ack-col-004", kind: .acknowledge, sopID: "COL-004", due: 2),
      PlanItemSpec(id: "ack-col-002", kind: .acknowledge, sopID: "COL-002", due: 2),
      PlanItemSpec(
        id: "pass-disputes", kind: .pass, scenarioID: "disputes", minScore: 80, attempts: 2, due: 4,
        requires: ["ack-col-004"]),
      PlanItemSpec(
        id: "sign-off", kind: .signOff, text: "Checked notes", due: 9, requires: ["pass-disputes"]),
    ])

  static let scenarioSOPs = ["disputes": ["COL-004", "COL-002"], "contact": ["COL-002"]]

  @discardableResult
  func assign(_ trainee: Signer, plan: PlanTemplate = TrainingWorld.plan, start: CivilDate = "2026-03-02")
    throws
    -> Assignment
  {
    try training.assign(
      plan, scenarioSOPs: Self.scenarioSOPs, trainee: trainee.userName, start: start, due: nil, team: nil,
      by: Self.manager)
  }

  /// Records an attempt, assessed unless `kind` says guided (practice before the prerequisites:
  /// an assessed one is refused while its pass item waits for them).
  func attempt(
    _ trainee: Signer, scenario: String = "disputes", score: Double, day: String? = nil,
    kind: AttemptKind = .assessed
  ) throws {
    let now = clock.source.now()
    let date = day.flatMap { Date(utcTimestamp: "\($0)T10:00:00.000Z") } ?? now
    try training.recordAttempt(
      Attempt(
        trainee: trainee.userName, scenarioID: scenario, seed: 7, score: score, passed: score >= 80,
        sopRevisions: ["COL-004": "1.0"], startedAt: date.addingTimeInterval(-600).utcTimestamp,
        finishedAt: date.utcTimestamp, kind: kind))
  }
}
