import AcademyServices
import CaseSim
import Foundation
import People
import Testing
import TrainingKit

@testable import AcademyCLI

/// The layers below the command line name no flag (the web shows their errors too); the
/// command line adds the flag when it prints one.
@Suite struct CommandLineAdviceTests {
  static let lowerLayerErrors: [any Error] = [
    TrainingError.invalidDate(field: .start, value: "soon"),
    TrainingError.invalidDate(field: .commitment, value: "31/02"),
    TrainingError.emptyText(field: .note),
    TrainingError.dueBeforeStart(start: "2026-03-02", due: "2026-03-01"),
    TrainingError.notInForce(sopID: "COL-004"),
    PeopleError.missingFullName,
    PeopleError.firstUserMustBeAdmin,
    PeopleError.actorRequired,
    PeopleError.signingOnHold("tom.baker", resetBy: "ana.admin"),
    PeopleError.unknownToken,
    FinanceError.missingRate(country: "ES", halfYear: HalfYear(year: 2012, half: 2)!),
    PortfolioError.unreadableLine(path: "accounts.ndjson", line: 3),
    ScenarioError.notFound(id: "nope", directory: "scenarios"),
    SessionError.dataFolder(path: "/proc/x", reason: "read-only"),
  ]

  @Test(arguments: 0..<lowerLayerErrors.count)
  func aLowerLayerErrorNamesNoFlagAndTheCommandLineAddsOne(index: Int) {
    let error = Self.lowerLayerErrors[index]
    #expect(!error.localizedDescription.contains("--"))
    let advised = AdvisedError.advised(error).localizedDescription
    #expect(advised.hasPrefix(error.localizedDescription))
    #expect(advised.contains("--") || advised.contains("ACADEMY_"))
  }

  @Test func theFlagIsTheOneThatGivesTheValue() {
    let advised = AdvisedError.advised(TrainingError.invalidDate(field: .commitment, value: "31/02"))
    #expect(
      advised.localizedDescription
        == "the commitment date '31/02' is not a date; write YYYY-MM-DD (give it with --commit)")
  }

  @Test func anErrorWithoutAdviceIsLeftAsItIs() {
    let error = TrainingError.unknownRisk(7)
    #expect(AdvisedError.advised(error) is TrainingError)
  }
}
