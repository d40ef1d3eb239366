import Foundation
import Testing

@testable import TrainingKit

@Suite struct XAPIExporterTests {
  let exporter = XAPIExporter(
    homePage: "https://academy.example.org/", printedNames: ["tina": "Tina Gil"],
    sopTitles: ["COL-004": "Disputes"])

  func object(_ statement: XAPIStatement) throws -> [String: Any] {
    let line = try XAPIExporter.ndjson([statement])
    #expect(line.hasSuffix("}\n"))
    #expect(!line.dropLast().contains("\n"))
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func attemptStatementHasTheCmi5Shape() throws {
    let attempt = Attempt(
      id: 9, trainee: "tina", scenarioID: "disputa-calidad-es", seed: 42, score: 87.5, passed: true,
      sopRevisions: ["COL-004": "2.0"], startedAt: "2026-03-05T09:00:00.000Z",
      finishedAt: "2026-03-05T09:12:30.000Z")
    let json = try object(exporter.statement(for: attempt, registration: 1))
    let actor = try #require(json["actor"] as? [String: Any])
    #expect(actor["objectType"] as? String == "Agent")
    #expect(
      actor["account"] as? [String: String] == ["homePage": "https://academy.example.org", "name": "tina"])
    #expect((json["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/passed")
    #expect(
      (json["object"] as? [String: Any])?["id"] as? String
        == "https://academy.example.org/scenario/disputa-calidad-es")
    let result = try #require(json["result"] as? [String: Any])
    #expect((result["score"] as? [String: Any])?["scaled"] as? Double == 0.875)
    #expect(result["success"] as? Bool == true)
    #expect(result["duration"] as? String == "PT12M30S")
    let context = try #require(json["context"] as? [String: Any])
    #expect(context["revision"] as? String == "2.0")
    #expect(
      context["extensions"] as? [String: [String: String]]
        == ["https://academy.example.org/xapi/extensions/sop-revisions": ["COL-004": "2.0"]])
    let uuid = try #require(json["id"] as? String)
    #expect(UUID(uuidString: uuid) != nil)
    #expect(uuid == exporter.statement(for: attempt, registration: 1).id)
    #expect((context["registration"] as? String).flatMap(UUID.init(uuidString:)) != nil)
  }

  @Test func failedAttemptUsesFailed() throws {
    let attempt = Attempt(
      trainee: "tina", scenarioID: "s", seed: 1, score: 40, passed: false, sopRevisions: [:],
      startedAt: "2026-03-05T09:00:00.000Z", finishedAt: "2026-03-05T10:01:00.000Z")
    let statement = exporter.statement(for: attempt, registration: nil)
    #expect(statement.verb.id == XAPIExporter.failed)
    #expect(statement.result?.success == false)
    #expect(statement.result?.duration == "PT1H1M")
    #expect(statement.context.registration == nil)
  }

  @Test func acknowledgementStatementNamesTheRevision() throws {
    let ack = Acknowledgement(
      id: 1, trainee: "tina", printedName: "Tina Gil", sopID: "COL-004", revisionNumber: "2.0",
      revisionSequence: 2,
      revisionHash: "abc", signedAt: "2026-03-04T08:00:00.000Z")
    let json = try object(exporter.statement(for: ack, registration: 1))
    #expect(
      (json["verb"] as? [String: Any])?["id"] as? String
        == "https://academy.example.org/xapi/verbs/acknowledged")
    #expect((json["object"] as? [String: Any])?["id"] as? String == "https://academy.example.org/sop/COL-004")
    #expect((json["context"] as? [String: Any])?["revision"] as? String == "2.0")
    #expect(json["timestamp"] as? String == "2026-03-04T08:00:00.000Z")
    #expect((json["actor"] as? [String: Any])?["name"] as? String == "Tina Gil")
  }

  @Test func storeExportsSinceADayInTimeOrder() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    try world.attempt(TrainingWorld.tina, score: 50, day: "2026-03-01", kind: .guided)
    world.clock.set("2026-03-03")
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    try world.attempt(TrainingWorld.tina, score: 90, day: "2026-03-03")
    let statements = try world.training.statements(since: "2026-03-02", exporter: exporter)
    #expect(statements.map(\.verb.id) == [exporter.acknowledgedVerb, XAPIExporter.passed])
  }
}
