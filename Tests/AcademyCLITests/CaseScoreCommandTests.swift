import AcademyServices
import ArgumentParser
import AuditTrail
import CaseSim
import Foundation
import Testing

@testable import AcademyCLI

@Suite struct CaseScoreCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  @Test func parsesAndRunsTheScoreCommand() async throws {
    let command = try Academy.parseAsRoot([
      "case", "score", "--scenario", "forgetful-payer", "--seed", "1", "--actions",
      "\(Self.root)/scenarios/actions/forgetful-payer.expert.json", "--format", "json", "--sops",
      "\(Self.root)/sops",
      "--scenarios", "\(Self.root)/scenarios", "--data",
      NSTemporaryDirectory() + "no-store-\(UUID().uuidString)",
    ])
    let score = try #require(command as? Academy.CaseScore)
    #expect(score.format == .json)
    #expect(score.seed == 1)
    try await score.run()
  }

  @Test func aMissingActionsFileNamesTheFile() async throws {
    let command = try #require(
      try Academy.parseAsRoot([
        "case", "score", "--scenario", "forgetful-payer", "--seed", "1", "--actions", "/nope.json", "--sops",
        "\(Self.root)/sops", "--scenarios", "\(Self.root)/scenarios",
      ]) as? Academy.CaseScore)
    await #expect(
      throws: SimulationError.unreadableActions(
        path: "/nope.json", detail: "the file cannot be read (No such file or directory)")
    ) {
      try await command.run()
    }
  }

  @Test func thePracticeLoopScoresWhatIsTyped() throws {
    let scenario = try ScenarioLibrary(directory: "\(Self.root)/scenarios").scenario(id: "forgetful-payer")
    let processes = try GoverningSOPs(sopsFolder: "\(Self.root)/sops", dataFolder: nil).processes(
      for: scenario)
    var session = PracticeSession(attempt: CaseAttempt(scenario: scenario, processes: processes), seed: 1)
    #expect(session.opening().contains("Objectives:"))
    #expect(session.handle("help").text.contains("record_promise invoices=offered"))
    #expect(session.handle("status").text.contains("days past due"))
    #expect(session.handle("review_account note=first look").text.contains("Account:"))
    #expect(
      session.handle("call contact=accounts_payable language=en invoices=overdue").text.contains(
        "We will pay"))
    #expect(
      session.handle("record_promise invoices=offered amount=offered promised_date=offered").finished == false
    )
    #expect(session.handle("email contact=accounts_payable language=en").finished == false)
    #expect(session.handle("sop").text.contains("COL-002"))
    #expect(session.handle("call colour=red").text.hasPrefix("error:"))
    #expect(session.handle("history").text.contains("record_promise"))
    let end = session.handle("finish")
    #expect(end.finished)
    #expect(end.text.contains("Score 100/100, pass mark 70: PASS"))
  }

  @Test func anAssessedPracticeHidesTheStepsInTheTraineesLanguageAndScoresInIt() throws {
    let scenario = try ScenarioLibrary(directory: "\(Self.root)/scenarios").scenario(id: "concurso-es")
    let processes = try GoverningSOPs(sopsFolder: "\(Self.root)/sops", dataFolder: nil).processes(
      for: scenario)
    var session = PracticeSession(
      attempt: CaseAttempt(scenario: scenario, processes: processes), seed: 1,
      feedback: try #require(Feedback.named("es")), kind: .assessed)
    _ = session.opening()
    let steps = session.handle("sop").text
    #expect(steps.hasPrefix("Intento evaluado: los pasos que aplican no se muestran"))
    #expect(!steps.contains("COL-009 file-claim"))
    let end = session.handle("finish")
    #expect(end.finished)
    #expect(end.text.contains("NO APTO"))
    #expect(end.text.contains("qué pide el procedimiento: "))
  }

  @Test func practiceParsesItsOptions() throws {
    let command = try Academy.parseAsRoot(["practice", "--scenario", "concurso-es", "--seed", "4"])
    let practice = try #require(command as? Academy.Practice)
    #expect(practice.scenario == "concurso-es")
    #expect(practice.seed == 4)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func practiceReadsItsLinesFromStandardInput() throws {
    let result = try BinaryRun(
      arguments: [
        "practice", "--scenario", "forgetful-payer", "--seed", "1", "--sops", "\(Self.root)/sops",
        "--scenarios", "\(Self.root)/scenarios", "--data",
        NSTemporaryDirectory() + "no-store-\(UUID().uuidString)",
      ],
      now: "2026-03-02T09:00:00.000Z", input: "status\nreview_account note=ok\nwait 1\nfinish\n"
    ).run()
    #expect(result.status == 0)
    #expect(result.output.contains("days past due"))
    #expect(result.output.contains("[day 1 2026-03-03] > "))
    #expect(result.output.contains("Score "))
  }
}

@Suite struct CaseScoreAttemptTests {
  @Test func aTraineesScoredAttemptGoesOnTheirRecord() async throws {
    let folder = NSTemporaryDirectory() + "academy-score-attempt-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let database = try AcademyDatabase.open(folder: folder, clock: .system)
    try database.people.add(name: "root", fullName: "Root", roles: [.admin], password: "granite-412", by: nil)
    try database.people.add(
      name: "tina", fullName: "Tina Gil", roles: [.trainee], password: "lantern-712", by: "root")
    let root = CaseScoreCommandTests.root
    let score = try #require(
      try Academy.parseAsRoot([
        "case", "score", "--scenario", "forgetful-payer", "--seed", "1", "--actions",
        "\(root)/scenarios/actions/forgetful-payer.careless.json", "--sops", "\(root)/sops",
        "--scenarios", "\(root)/scenarios", "--data", folder, "--as", "tina",
      ]) as? Academy.CaseScore)
    try await score.run()
    let entries = try await database.pool.read { try AuditLog.entries(subject: "trainee:tina", in: $0) }
    #expect(entries.map(\.action) == ["training.attempt"])
    #expect(entries.first?.after?.contains("\"passed\":false") == true)
  }
}
