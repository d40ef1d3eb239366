import AuditTrail
import CaseSim
import Foundation
import HummingbirdTesting
import Testing
import TrainingKit

@testable import AcademyServices
@testable import AcademyWeb

/// Live cases are stored, not kept in memory: a restart or a second instance on the same data
/// folder goes on with the case, a refused command stores nothing, finishing records once,
/// reads write nothing, and the limits (ownership, idle cases, ten per trainee) hold.
@Suite struct PracticeLiveCaseTests {
  /// A clock a test moves by hand. `@unchecked Sendable`: `date` is only touched under `lock`.
  final class StepClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ start: Date) { date = start }

    func advance(_ seconds: TimeInterval) { lock.withLock { date += seconds } }

    var source: TimeSource { TimeSource { self.lock.withLock { self.date } } }
  }

  static func expertCommands() throws -> [CaseCommand] {
    try ActionsFile.load(
      path: "\(WebHarness.repositoryRoot)/scenarios/actions/forgetful-payer.expert.json"
    ).commands
  }

  /// The expert attempt's score played in one go, with no restart: what every variant must give.
  static func referenceScore(_ practice: Practice) throws -> Int {
    let scenario = try practice.scenario("forgetful-payer")
    let plan = try #require(try practice.plan(trainee: "tom.baker", scenario: scenario, assessed: false))
    return try CaseAttempt(scenario: scenario, processes: plan.processes).score(
      seed: 1, commands: expertCommands()
    ).score
  }

  @Test func aRestartBetweenTwoCommandsLosesNothingAndReadsWriteNothing() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    try harness.acknowledge(["COL-002", "COL-003"], as: "tom.baker")
    let forms = try PracticeCaseTests.expertForms()
    let half = forms.count / 2
    try await harness.serve { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let casePath = try await PracticeCaseTests.start(&browser, scenario: "forgetful-payer", seed: "1")
      for form in forms[..<half] {
        let response = try await browser.postRaw(
          "\(casePath)/\(form.path)", [("_csrf", browser.csrf ?? "")] + form.fields)
        #expect(response.status == .seeOther, "\(form.fields)")
      }
    }
    let id = try #require(try harness.app.practice.cases(of: "tom.baker").first?.id)
    let before = try #require(try harness.app.practice.live(id, trainee: "tom.baker"))
    #expect(before.live.commandCount == half)

    let restarted = try await harness.reopened()
    let stored = try LiveCaseStore(writer: restarted.app.database.pool).load(id, commandsAfter: 0)
    try await restarted.serve { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let stampAfterLogIn = try restarted.app.database.changeStamp()
      let bench = try await browser.get("/cases/\(id)")
      #expect(bench.status == .ok)
      #expect(bench.text.contains("day \(before.simulation.day) of 21"))
      #expect(try await browser.get("/cases").text.contains("href=\"/cases/\(id)\""))
      // Rebuilding the case on the new instance (and listing it) wrote nothing.
      #expect(try restarted.app.database.changeStamp() == stampAfterLogIn)
      for form in forms[half...] {
        let response = try await browser.postRaw(
          "/cases/\(id)/\(form.path)", [("_csrf", browser.csrf ?? "")] + form.fields)
        #expect(response.status == .seeOther, "\(form.fields)")
      }
      #expect(try await browser.post("/cases/\(id)/finish", [:]).status == .seeOther)
      let afterFinish = try restarted.app.database.changeStamp()
      let score = try await browser.get("/cases/\(id)/score")
      #expect(score.text.contains("<span class=\"big\">100</span>/100 · pass mark 75"))
      #expect(try restarted.app.database.changeStamp() == afterFinish)
    }
    #expect(stored?.commands.count == half)
    let attempts = try restarted.app.practice.attempts(of: "tom.baker")
    #expect(attempts.map(\.score) == [Double(try Self.referenceScore(harness.app.practice))])
    #expect(attempts.first?.kind == .assessed)
    // The first instance, whose cache holds the first half, sees the finished case.
    let seen = try #require(try harness.app.practice.live(id, trainee: "tom.baker"))
    #expect(seen.isFinished)
    #expect(seen.report?.score == 100)
  }

  @Test func twoInstancesAlternateOnOneCaseAndFinishingTwiceRecordsOnce() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    try harness.acknowledge(["COL-002", "COL-003"], as: "tom.baker")
    let one = harness.app.practice
    let other = try AcademyDatabase.open(folder: harness.folder, clock: .system).practice.using(
      harness.app.settings.content)
    let started = try one.start(trainee: "tom.baker", scenario: "forgetful-payer", seed: 1, assessed: false)
    #expect(started.kind == .assessed)
    for (index, command) in try Self.expertCommands().enumerated() {
      let instance = index.isMultiple(of: 2) ? other : one
      let after = try #require(try instance.perform(command, on: started.id, trainee: "tom.baker"))
      #expect(after.live.commandCount == index + 1)
    }
    let seenByOne = try #require(try one.live(started.id, trainee: "tom.baker"))
    let seenByOther = try #require(try other.live(started.id, trainee: "tom.baker"))
    #expect(seenByOne.simulation.entries.map(\.text) == seenByOther.simulation.entries.map(\.text))
    #expect(seenByOne.simulation.day == seenByOther.simulation.day)

    let finished = try #require(try other.finish(started.id, trainee: "tom.baker"))
    #expect(finished.finishedNow)
    #expect(finished.failure == nil)
    #expect(finished.report.score == (try Self.referenceScore(one)))
    let again = try #require(try one.finish(started.id, trainee: "tom.baker"))
    #expect(!again.finishedNow)
    #expect(again.report.score == finished.report.score)
    #expect(try one.attempts(of: "tom.baker").count == 1)
    #expect(throws: PracticeError.finished(id: started.id)) {
      try one.perform(.wait(days: 1), on: started.id, trainee: "tom.baker")
    }
  }

  @Test func twoFinishesAtOnceOnTwoInstancesRecordOnce() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let one = harness.app.practice
    let other = try AcademyDatabase.open(folder: harness.folder, clock: .system).practice.using(
      harness.app.settings.content)
    let started = try one.start(
      trainee: "tom.baker", scenario: "dunning-unresponsive", seed: 4, assessed: false)
    _ = try other.perform(.wait(days: 3), on: started.id, trainee: "tom.baker")
    let firsts = try await withThrowingTaskGroup(of: Bool.self) { group in
      for instance in [one, other, one, other] {
        group.addTask { try #require(try instance.finish(started.id, trainee: "tom.baker")).finishedNow }
      }
      return try await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(firsts.filter { $0 }.count == 1)
    #expect(try one.attempts(of: "tom.baker").map(\.kind) == [.guided])
  }

  @Test func aRefusedCommandLeavesTheStoredCaseUnchanged() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let practice = harness.app.practice
    let started = try practice.start(
      trainee: "tom.baker", scenario: "forgetful-payer", seed: 2, assessed: false)
    _ = try practice.perform(.act(CaseAction(.reviewAccount)), on: started.id, trainee: "tom.baker")
    let store = LiveCaseStore(writer: harness.app.database.pool)
    let before = try #require(try store.load(started.id, commandsAfter: 0))
    let stamp = try harness.app.database.changeStamp()
    #expect(throws: SimulationError.self) {
      try practice.perform(
        .act(CaseAction(.call, parameters: ["contact": "accounts_payable"], invoices: ["INV-NOT-THERE"])),
        on: started.id, trainee: "tom.baker")
    }
    let after = try #require(try store.load(started.id, commandsAfter: 0))
    #expect(after.live == before.live)
    #expect(after.commands == before.commands)
    #expect(after.commands == [.act(CaseAction(.reviewAccount))])
    #expect(try harness.app.database.changeStamp() == stamp)
    // A fresh instance rebuilds the same case from what is stored.
    let fresh = try AcademyDatabase.open(folder: harness.folder, clock: .system).practice.using(
      harness.app.settings.content)
    let rebuilt = try #require(try fresh.live(started.id, trainee: "tom.baker"))
    let cached = try #require(try practice.live(started.id, trainee: "tom.baker"))
    #expect(rebuilt.simulation.entries.map(\.text) == cached.simulation.entries.map(\.text))
  }

  @Test func casesBelongToTheirTraineeAndAreClosedIdleOrBeyondTen() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let clock = StepClock(Date())
    let database = try AcademyDatabase.open(folder: harness.folder, clock: clock.source)
    let practice = database.practice.using(harness.app.settings.content)
    var ids: [String] = []
    for seed in 0...UInt64(Practice.perTrainee) {
      clock.advance(60)
      ids.append(
        try practice.start(
          trainee: "tom.baker", scenario: "dunning-unresponsive", seed: seed, assessed: false
        ).id)
    }
    #expect(try practice.cases(of: "tom.baker").count == Practice.perTrainee)
    #expect(try practice.live(ids[0], trainee: "tom.baker") == nil)
    #expect(try practice.live(ids[1], trainee: "lucia.fernandez") == nil)
    #expect(try practice.perform(.wait(days: 1), on: ids[1], trainee: "lucia.fernandez") == nil)
    #expect(try practice.finish(ids[1], trainee: "lucia.fernandez") == nil)

    clock.advance(23 * 3600)
    // Using a case keeps it.
    #expect(try practice.perform(.wait(days: 1), on: ids[1], trainee: "tom.baker") != nil)
    clock.advance(23 * 3600)
    #expect(try practice.cases(of: "tom.baker").map(\.id) == [ids[1]])
    clock.advance(2 * 3600)
    let stamp = try database.changeStamp()
    #expect(try practice.cases(of: "tom.baker").isEmpty)
    #expect(try practice.live(ids[1], trainee: "tom.baker") == nil)
    #expect(try database.changeStamp() == stamp)  // reading closes nothing
    let store = LiveCaseStore(writer: database.pool)
    #expect(try store.cases(of: "tom.baker", usedSince: .distantPast).count == Practice.perTrainee)
    let next = try practice.start(
      trainee: "tom.baker", scenario: "dunning-unresponsive", seed: 99, assessed: false)
    #expect(try store.cases(of: "tom.baker", usedSince: .distantPast).map(\.id) == [next.id])
    let closed = try await database.pool.read { db in
      try AuditLog.entries(subject: "trainee:tom.baker", in: db).filter { $0.action == "practice.case.close" }
    }
    #expect(closed.count == Practice.perTrainee + 1)
  }
}
