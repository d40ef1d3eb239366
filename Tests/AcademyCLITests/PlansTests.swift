import AuditTrail
import CivilCalendar
import Foundation
import GRDB
import People
import SOPKit
import TestSupport
import Testing
import TrainingKit

@testable import AcademyCLI
@testable import AcademyServices

/// The training use cases over a real data folder, with the SOP store wired as the academy
/// wires it: retraining is created by the signature that puts a revision in force and by the
/// scheduled check, and every read (status, reports, exports) leaves the database unchanged.
@Suite struct PlansTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let plan = PlanTemplate(
    id: "disputes-desk", title: "Disputes desk",
    items: [PlanItemSpec(id: "ack-col-004", kind: .acknowledge, sopID: "COL-004", due: 1)])

  /// A data folder with users, COL-004 1.0 in force and a plan assigned to tina, on `day`.
  struct Desk {
    let folder: String
    let database: AcademyDatabase

    init(folder: String, database: AcademyDatabase) {
      self.folder = folder
      self.database = database
    }

    init(day: String) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-plans-\(UUID())").path
      database = try AcademyDatabase.open(folder: folder, clock: Desk.clock(day))
      let people = database.people
      try people.add(name: "root", fullName: "Root", roles: [.admin], password: "granite-412-quay", by: nil)
      for (name, roles) in [
        ("ana", [Role.author]), ("lea", [.approver, try Role("ar-team-lead")]),
        ("max", [.approver, .manager, try Role("ar-manager")]), ("tina", [.trainee]),
      ] {
        try people.add(
          name: name, fullName: name.capitalized, roles: roles, password: "granite-412-quay", by: "root")
      }
      try approve(effective: nil)
      try database.plans.assign(
        PlansTests.plan, scenarioSOPs: [:], trainee: "tina", start: CivilDate(iso: day)!, due: nil,
        team: "desk",
        by: try people.signer(named: "max"))
    }

    static func clock(_ day: String) -> TimeSource {
      .fixed(Date(utcTimestamp: "\(day)T09:00:00.000Z") ?? Date(timeIntervalSince1970: 0))
    }

    /// Imports COL-004 (with `extra` added to its procedure: a procedural change) and has it
    /// approved by lea and max, effective on approval or on `effective`.
    func approve(extra: String? = nil, effective: CivilDate?) throws {
      let path = PlansTests.repository.appendingPathComponent("sops/col-004-dispute-management.md").path
      var text = try String(contentsOfFile: path, encoding: .utf8)
      if let extra {
        text = text.replacingOccurrences(of: "## Procedure\n", with: "## Procedure\n\n\(extra)\n")
      }
      let document = SOPDocument.parse(SourceFile(path: path, text: text)).document
      guard let candidate = RevisionCandidate(document: document) else {
        throw StoreError.unknownSOP("COL-004")
      }
      let store = database.store
      let people = database.people
      _ = try store.importRevision(candidate, by: try people.signer(named: "ana"))
      try store.submit("COL-004", SubmitRequest(effective: effective), by: try people.signer(named: "ana"))
      for approver in ["lea", "max"] {
        try store.sign("COL-004", .approve, seen: nil, comment: nil, by: try people.signer(named: approver))
      }
    }

    /// The count SQLite moves whenever another connection commits a change.
    func dataVersion(_ queue: DatabaseQueue) throws -> Int {
      try queue.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }
  }

  /// The case, through the use cases: plan assigned, COL-004 1.0 acknowledged, COL-004
  /// 2.0 (procedural) approved and in force the same day: its signature creates the items.
  @Test func sameDayProceduralRevisionCreatesRetrainingOnItsSignature() throws {
    let desk = try Desk(day: "2026-03-02")
    defer { try? FileManager.default.removeItem(atPath: desk.folder) }
    let plans = desk.database.plans
    try plans.acknowledge("COL-004", by: try desk.database.people.signer(named: "tina"))
    try desk.approve(extra: "Log the customer's reason code before any other step.", effective: nil)
    let status = try plans.status(trainee: "tina")
    let keys = status.progress.first?.items.map(\.item.key) ?? []
    #expect(keys == ["ack-col-004", "retrain-ack-COL-004@2.0"])
    #expect(status.missingRetraining.isEmpty)
    #expect(try plans.changes(trainee: "tina").first?.diff?.changeClass == .procedural)
    #expect(try plans.retrain().isEmpty)
  }

  /// A revision approved for a later day: on that day every read leaves the database as it
  /// was (and `plan status` says what is missing); the scheduled check creates the items.
  @Test func readsWriteNothingAndTheScheduledCheckCreatesWhatIsDue() throws {
    let setup = try Desk(day: "2026-03-02")
    defer { try? FileManager.default.removeItem(atPath: setup.folder) }
    try setup.approve(extra: "Log the customer's reason code before any other step.", effective: "2026-03-04")
    let database = try AcademyDatabase.open(folder: setup.folder, clock: Desk.clock("2026-03-04"))
    let desk = Desk(folder: setup.folder, database: database)
    let observer = try DatabaseQueue(path: "\(desk.folder)/academy.sqlite")
    let version = try desk.dataVersion(observer)

    let status = try database.plans.status()
    #expect(status.missingRetraining.map(\.key) == ["retrain-ack-COL-004@2.0"])
    #expect(
      Academy.Plan.PlanStatus.warning(status.missingRetraining)?.contains("academy plan retrain") == true)
    for table in Reports.Table.allCases {
      _ = try database.reports.table(table, team: "desk").csv(locale: "en")
    }
    _ = try database.reports.xapi(since: "2026-03-01", homePage: "https://academy.example.org")
    _ = try database.reports.team("desk")
    _ = try database.plans.traineePlan("tina")
    _ = try database.plans.changes(trainee: "tina")
    _ = try database.plans.assignmentOverview()
    _ = try database.plans.acknowledgement(of: "COL-004", trainee: "tina")
    #expect(try desk.dataVersion(observer) == version)

    let created = try database.plans.retrain()
    #expect(created.map(\.key) == ["retrain-ack-COL-004@2.0"])
    #expect(created.first?.dueOn == "2026-03-11")
    #expect(try desk.dataVersion(observer) != version)
    #expect(try database.plans.retrain().isEmpty)
    #expect(try database.plans.status().missingRetraining.isEmpty)
    let entries = try database.pool.read { try AuditLog.entries(subject: "trainee:tina", in: $0) }
    #expect(entries.filter { $0.action == "training.retrain" }.map(\.actor) == ["system"])
  }

  @Test func theScheduleWakesEveryFewMinutesAndJustAfterMidnight() throws {
    let morning = try #require(Date(utcTimestamp: "2026-03-02T09:00:00.000Z"))
    #expect(RetrainingSchedule.delay(after: morning) == RetrainingSchedule.interval)
    let late = try #require(Date(utcTimestamp: "2026-03-02T23:58:30.000Z"))
    #expect(RetrainingSchedule.delay(after: late) == 91)
    #expect(try Academy.parseAsRoot(["plan", "retrain", "--data", "x"]) is Academy.Plan.PlanRetrain)
  }
}
