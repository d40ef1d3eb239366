import People
import SOPKit
import TrainingKit

extension AcademyDatabase {
  /// The training store over the same database and clock.
  public var training: TrainingStore { TrainingStore(writer: pool, clock: clock) }
}

extension AcademyDatabase {
  /// Assigns a plan to `trainee`, who must be a user holding the role `trainee` (a plan on
  /// an approver or an admin would count nothing and mislead every report). The one entry
  /// point for the CLI, the web and the demo.
  @discardableResult
  public func assignPlan(
    _ template: PlanTemplate, scenarioSOPs: [String: [String]], trainee: String, start: String, due: String?,
    team: String?, by manager: Signer
  ) throws -> Assignment {
    let account = try people.account(named: trainee)
    guard account.roleNames.contains(Role.trainee.name) else {
      throw TrainingError.notATrainee(user: trainee, roles: account.roleNames)
    }
    return try training.assign(
      template, scenarioSOPs: scenarioSOPs, trainee: trainee, start: start, due: due, team: team, by: manager)
  }
}
