import CivilCalendar
import Foundation
import People
import TestSupport
import Testing
import TrainingKit

@testable import AcademyCLI
@testable import AcademyServices

/// The command line's password checks go through the web's throttle: guessing from a
/// script is as slow as guessing in the browser, and a right password clears the count.
@Suite struct CLIPasswordThrottleTests {
  @Test func wrongPasswordsFromTheCommandLineAreThrottled() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "academy-cli-throttle-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let database = try AcademyDatabase.open(folder: folder, clock: .system)
    try database.people.add(
      name: "root", fullName: "Root", roles: [.admin], password: "Copper-Lantern-41", by: nil)
    try database.people.add(
      name: "lea", fullName: "Lea Díaz", roles: [.approver], password: "Quiet-Harbour-71", by: "root")
    #expect(
      try StoreOptions.checkOwn(name: "lea", password: "Quiet-Harbour-71", in: database).userName == "lea")
    for _ in 0..<5 {
      #expect(throws: PeopleError.wrongPassword("lea")) {
        try StoreOptions.checkOwn(name: "lea", password: "guess-guess-1", in: database)
      }
    }
    // The sixth try is refused before the password is even checked, the right one too.
    #expect(throws: SessionError.self) {
      try StoreOptions.checkOwn(name: "lea", password: "Quiet-Harbour-71", in: database)
    }
    // Another user is not locked out by lea's guesser.
    #expect(
      try StoreOptions.checkOwn(name: "root", password: "Copper-Lantern-41", in: database).userName == "root")
  }
}

/// A plan goes to a trainee, whoever asks: the rule is in the service layer, for the CLI,
/// the web and the demo alike.
@Suite struct PlanAssignmentRuleTests {
  @Test func aPlanIsNeverAssignedToAUserWhoIsNotATrainee() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-plan-rule-\(UUID())")
      .path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let database = try AcademyDatabase.open(folder: folder, clock: .system)
    try database.people.add(
      name: "root", fullName: "Root", roles: [.admin], password: "Copper-Lantern-41", by: nil)
    try database.people.add(
      name: "max", fullName: "Max Ruiz", roles: [.manager], password: "Silver-Meadow-52", by: "root")
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    let content = ContentFolders(
      sops: "\(repository)/sops", scenarios: "\(repository)/scenarios", plans: "\(repository)/plans")
    let plan = try PlanCatalog(directory: content.plans).template(
      id: "associate-en", linter: content.planLinter(knownSOPs: nil))
    #expect(throws: TrainingError.notATrainee(user: "max", roles: ["manager"])) {
      try database.plans.assign(
        plan, scenarioSOPs: [:], trainee: "max", start: CivilDate(year: 2026, month: 3, day: 2)!, due: nil,
        team: nil,
        by: try database.people.signer(named: "max"))
    }
    #expect(
      TrainingError.notATrainee(user: "max", roles: ["manager"]).localizedDescription.hasPrefix(
        "max is not a trainee (roles: manager)"))
  }
}
