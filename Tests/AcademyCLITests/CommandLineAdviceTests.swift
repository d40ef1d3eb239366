import AcademyServices
import CaseSim
import Foundation
import People
import SOPKit
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

  /// Errors that point to something a command shows: the lower layer says what to check, the
  /// command line names the command.
  static let commandErrors: [any Error] = [
    TrainingError.unknownTemplate(id: "x", directory: "plans"),
    TrainingError.invalidTemplate(path: "plans/x.yaml", firstError: "e", count: 1),
    TrainingError.unknownSOP("COL-099"), StoreError.unknownSOP("COL-099"),
    TrainingError.noPlan(trainee: "tom"), TrainingError.unknownItem("99"), TrainingError.unknownRisk(9),
    StoreError.unknownRevision(sopID: "COL-002", number: "9.0"), PeopleError.unknownUser("nobody"),
    PeopleError.unknownTokenLabel("ci"), SimulationError.unusableProcess(sopID: "COL-002", detail: "d"),
    ScenarioError.invalid(path: "scenarios/x.yaml", firstError: "e", errorCount: 1),
    LiveCaseError.unreadable(id: "c", position: 1, detail: "d"),
  ]

  @Test(arguments: 0..<commandErrors.count)
  func aLowerLayerErrorNamesNoCommandAndTheCommandLineAddsIt(index: Int) {
    let error = Self.commandErrors[index]
    #expect(!error.localizedDescription.contains("academy "))
    #expect(AdvisedError.advised(error).localizedDescription.contains("'academy "))
  }

  @Test func theFlagIsTheOneThatGivesTheValue() {
    let advised = AdvisedError.advised(TrainingError.invalidDate(field: .commitment, value: "31/02"))
    #expect(
      advised.localizedDescription
        == "the commitment date '31/02' is not a date; write YYYY-MM-DD (give it with --commit)")
  }

  @Test func anErrorWithoutAdviceIsLeftAsItIs() {
    let error = TrainingError.alreadyAcknowledged(sopID: "COL-002", number: "1.0")
    #expect(AdvisedError.advised(error) is TrainingError)
  }
}
