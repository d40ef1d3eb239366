import Foundation
import Testing

@testable import TrainingKit

@Suite struct TrainingStoreRecordsTests {
  @Test func aTraineesOwnAttemptsAcknowledgementsAndRisksAreListed() throws {
    let world = try TrainingWorld()
    try world.approve("COL-004")
    try world.assign(TrainingWorld.tina)
    try world.assign(TrainingWorld.tom)
    try world.training.acknowledge("COL-004", by: TrainingWorld.tina)
    try world.attempt(TrainingWorld.tina, score: 60, day: "2026-03-02")
    try world.attempt(TrainingWorld.tina, score: 90, day: "2026-03-03")
    try world.attempt(TrainingWorld.tom, score: 75, kind: .guided)
    try world.training.raiseRisk("ack-col-002", reason: "Absent", commitOn: nil, by: "tina")
    try world.training.raiseRisk("ack-col-002", reason: "Still absent", commitOn: "2026-03-12", by: "tina")
    try world.training.raiseRisk("ack-col-002", reason: "Busy", commitOn: nil, by: "tom")

    #expect(try world.training.attempts(trainee: "tina").map(\.score) == [60, 90])
    #expect(try world.training.attempts(trainee: "tom").map(\.score) == [75])
    #expect(try world.training.acknowledgements(trainee: "tina").map(\.sopID) == ["COL-004"])
    #expect(try world.training.acknowledgements(trainee: "tom").isEmpty)
    #expect(try world.training.risks(trainee: "tina").map(\.reason) == ["Still absent", "Absent"])
    #expect(try world.training.attempts(trainee: "nobody").isEmpty)
  }
}
