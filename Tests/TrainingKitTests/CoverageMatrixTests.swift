import TestSupport
import Testing

@testable import TrainingKit

@Suite struct CoverageMatrixTests {
  @Test func qualifiedNeedsCurrentAckAndPassedScenarios() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.approve("COL-002")
    try world.assign(TrainingWorld.tina)
    try world.assign(TrainingWorld.tom)
    for trainee in [TrainingWorld.tina, TrainingWorld.tom] {
      try world.training.acknowledge("COL-004", by: trainee)
      try world.training.acknowledge("COL-002", by: trainee)
    }
    try world.attempt(TrainingWorld.tina, score: 90)
    try world.attempt(TrainingWorld.tom, score: 70)  // below the plan's 80
    var matrix = try world.training.coverage()
    #expect(matrix.people == ["tina", "tom"])
    #expect(matrix.rows.map(\.sopID) == ["COL-002", "COL-004"])
    #expect(matrix.rows.map(\.qualified) == [["tina"], ["tina"]])
    #expect(matrix.rows.map(\.inTraining) == [["tom"], ["tom"]])
    #expect(matrix.rows.allSatisfy { $0.noBackup })

    try world.attempt(TrainingWorld.tom, score: 82)
    matrix = try world.training.coverage()
    #expect(matrix.rows.map(\.qualified) == [["tina", "tom"], ["tina", "tom"]])
    #expect(matrix.rows.allSatisfy { !$0.noBackup })

    // A procedural revision: nobody has acknowledged it, so nobody is qualified.
    world.clock.set("2026-03-10")
    try world.approve("COL-004", within: 3)
    matrix = try world.training.coverage()
    #expect(matrix.rows.first { $0.sopID == "COL-004" }?.qualified == [])
    #expect(matrix.rows.first { $0.sopID == "COL-004" }?.revision == "2.0")
  }

  @Test func passesBeforeTheProcessChangedDoNotQualify() {
    let facts = SOPHistoryFacts(
      sopID: "COL-004", title: "Disputes", translationOf: nil,
      approved: [
        .init(sequence: 1, number: "1.0", hash: "a", procedural: true, effectiveOn: "2026-01-01"),
        .init(sequence: 2, number: "2.0", hash: "b", procedural: true, effectiveOn: "2026-03-10"),
        .init(sequence: 3, number: "3.0", hash: "c", procedural: false, effectiveOn: "2026-03-20"),
      ], currentSequence: 3)
    #expect(facts.processSince == "2026-03-10")
    let item = TrainingItem(
      assignmentID: 1, position: 1, key: "p", kind: .pass, scenarioID: "s", minScore: 80, dueOn: "2026-04-01",
      governingSOPs: ["COL-004"])
    let ack = Acknowledgement(
      trainee: "p", printedName: "P", sopID: "COL-004", revisionNumber: "3.0", revisionSequence: 3,
      revisionHash: "c", signedAt: "2026-03-21T09:00:00.000Z")
    func person(passedOn day: String) -> CoverageMatrix.Person {
      .init(
        name: "p", items: [item], acknowledgements: [ack],
        attempts: [
          Attempt(
            trainee: "p", scenarioID: "s", seed: 1, score: 90, passed: true, sopRevisions: [:],
            startedAt: "\(day)T09:00:00.000Z", finishedAt: "\(day)T09:30:00.000Z")
        ])
    }
    #expect(
      CoverageMatrix.make(sops: [facts], people: [person(passedOn: "2026-03-05")]).rows[0].qualified == [])
    #expect(
      CoverageMatrix.make(sops: [facts], people: [person(passedOn: "2026-03-12")]).rows[0].qualified == ["p"])
  }
}
