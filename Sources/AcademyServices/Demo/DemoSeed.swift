import Foundation
import People
import SOPKit
import TrainingKit

/// Fills an empty data folder for a first look: the shipped SOPs imported and approved (so
/// they are in force today), demo users for every role with one-time passwords, and the two
/// associate plans assigned to two trainees. Everything goes through the use cases a user's
/// request would: the library's import, submit and sign, and the plan assignment.
public struct DemoSeed: Sendable {
  /// One demo user, with the one-time password to print.
  public struct Credential: Sendable, Hashable {
    /// Log-in name.
    public var name: String
    /// Printed name.
    public var fullName: String
    /// Roles held.
    public var roles: [String]
    /// The one-time password.
    public var password: String
  }

  /// What seeding did, for the console.
  public struct Outcome: Sendable {
    /// The users created.
    public var credentials: [Credential]
    /// SOP revisions imported.
    public var imported: Int
    /// Revisions approved and in force today.
    public var inForce: Int
    /// What could not be seeded, one line each.
    public var problems: [String]
    /// Plans assigned, as `template -> trainee`.
    public var plans: [String]
  }

  /// The demo team: job roles match the SOPs' approvers, with a second holder of each job role
  /// so no SOP owner has to approve their own SOP.
  static let team: [(name: String, fullName: String, roles: [String])] = [
    ("admin", "Site Administrator", ["admin"]),
    ("luis.garcia", "Luis García", ["author", "ar-team-lead"]),
    ("marta.lopez", "Marta López", ["author", "approver", "ar-team-lead"]),
    ("elena.sanz", "Elena Sanz", ["approver", "ar-team-lead", "qms-lead"]),
    ("javier.moreno", "Javier Moreno", ["approver", "manager", "ar-manager", "risk-manager"]),
    ("ana.romero", "Ana Romero", ["approver", "manager", "ar-manager", "qms-lead"]),
    ("carmen.navarro", "Carmen Navarro", ["approver", "legal-counsel"]),
    ("pablo.ruiz", "Pablo Ruiz", ["approver", "legal-counsel", "risk-manager"]),
    ("lucia.fernandez", "Lucía Fernández", ["trainee"]),
    ("tom.baker", "Tom Baker", ["trainee"]),
  ]

  /// Plans assigned: template id, trainee.
  static let assignments = [("associate-es", "lucia.fernandez"), ("associate-en", "tom.baker")]

  let database: AcademyDatabase
  let content: ContentFolders

  /// A seeder over an open database and the content folders.
  public init(database: AcademyDatabase, content: ContentFolders) {
    self.database = database
    self.content = content
  }

  /// Seeds when the folder has no users yet; nil (touching nothing) otherwise. Passwords are
  /// one-time (changed at first log-in) unless `oneTime` is false, as tests want.
  public func seedIfEmpty(
    password: () -> String = DemoSeed.oneTimePassword, oneTime: Bool = true
  ) async throws -> Outcome? {
    guard try database.people.isEmpty() else { return nil }
    var credentials: [Credential] = []
    for member in Self.team {
      let secret = password()
      let roles = try member.roles.map { try Role($0) }
      try database.people.add(
        name: member.name, fullName: member.fullName, roles: roles, password: secret,
        by: credentials.isEmpty ? nil : "admin", mustChangePassword: oneTime)
      credentials.append(
        Credential(name: member.name, fullName: member.fullName, roles: member.roles, password: secret))
    }
    var outcome = Outcome(credentials: credentials, imported: 0, inForce: 0, problems: [], plans: [])
    try await importLibrary(&outcome)
    try assignPlans(&outcome)
    return outcome
  }

  private func importLibrary(_ outcome: inout Outcome) async throws {
    let library = database.library
    let author = try library.actor(named: "luis.garcia")
    let report = try await library.importFiles([content.sops], by: author)
    outcome.imported = report.items.count
    outcome.problems += report.failures.flatMap(\.reasons)
    let approvers = try Self.team.filter { $0.roles.contains("approver") }.map {
      try library.actor(named: $0.name)
    }
    for item in report.items {
      do {
        try library.submit(
          item.sopID, SubmitRequest(note: "Demo: the shipped library", effective: library.today), by: author)
        for approver in approvers {
          let view = try library.show(item.sopID)
          guard view.state == .inReview else { break }
          // Only the approvers the SOP waits for sign, as the approval queue offers it.
          guard Library.waitsFor(view, approver) else { continue }
          try library.sign(
            item.sopID, .approve, seen: view.revision.revisionNumber, comment: nil, by: approver)
        }
        if try library.show(item.sopID).revision.state == .approved {
          outcome.inForce += 1
        } else {
          outcome.problems.append("\(item.sopID): no demo approver set completes its approvers")
        }
      } catch {
        outcome.problems.append("\(item.sopID): \(error.localizedDescription)")
      }
    }
  }

  private func assignPlans(_ outcome: inout Outcome) throws {
    let manager = try database.people.signer(named: "javier.moreno")
    let known = Set(try database.library.list().map(\.sopID))
    let linter = content.planLinter(knownSOPs: known)
    let catalog = PlanCatalog(directory: content.plans)
    for (template, trainee) in Self.assignments {
      do {
        let plan = try catalog.template(id: template, linter: linter)
        try database.plans.assign(
          plan, scenarioSOPs: content.scenarioSOPs(), trainee: trainee, start: database.library.today,
          due: nil,
          team: nil, by: manager)
        outcome.plans.append("\(template) -> \(trainee)")
      } catch {
        outcome.problems.append("plan \(template): \(error.localizedDescription)")
      }
    }
  }

  /// Twelve characters from an alphabet without look-alikes, in groups of four.
  public static func oneTimePassword() -> String {
    let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
    var generator = SystemRandomNumberGenerator()
    let characters = (0..<12).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] }
    return stride(from: 0, to: 12, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
  }
}
