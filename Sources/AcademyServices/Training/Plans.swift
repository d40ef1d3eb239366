import CivilCalendar
import Foundation
import People
import SOPKit
import TrainingKit

/// The training use cases, each once, for the web pages and the CLI commands alike: assign,
/// acknowledge, sign off, risks, progress, changes and retraining.
public struct Plans: Sendable {
  let training: any TrainingRepository
  let people: UserDirectory

  /// Today's UTC day by the database's clock.
  public var today: CivilDate { training.today }

  // MARK: Templates and assignment

  /// Every plan template file in `content.plans` with its template, or nil when it does not
  /// lint (scenarios checked against `content.scenarios`; `plan lint` says why).
  public static func templates(in content: ContentFolders) -> [PlanListing] {
    let catalog = PlanCatalog(directory: content.plans)
    let linter = content.planLinter(knownSOPs: nil)
    return catalog.paths().map { path in
      let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      return PlanListing(id: id, path: path, template: try? catalog.template(id: id, linter: linter))
    }
  }

  /// Assigns the template `templateID` of `content` (linted against the SOPs the store knows,
  /// when it knows any) to `trainee` from `start` (`YYYY-MM-DD` as the user typed it, as is
  /// `due`).
  @discardableResult
  public func assign(
    templateID: String, content: ContentFolders, trainee: String, start: String, due: String?, team: String?,
    by manager: Signer
  ) throws -> AssignedPlan {
    let known = Set(try training.sopTitles().keys)
    let template = try PlanCatalog(directory: content.plans).template(
      id: templateID, linter: content.planLinter(knownSOPs: known.isEmpty ? nil : known))
    let assignment = try assign(
      template, scenarioSOPs: content.scenarioSOPs(), trainee: trainee, start: try Self.day(start, .start),
      due: try due.map { try Self.day($0, .due) }, team: team, by: manager)
    return AssignedPlan(template: template, assignment: assignment)
  }

  /// Assigns `template` to `trainee`, who must be a user holding the role `trainee` (a plan on
  /// an approver or an admin would count nothing and mislead every report).
  @discardableResult
  public func assign(
    _ template: PlanTemplate, scenarioSOPs: [String: [String]], trainee: String, start: CivilDate,
    due: CivilDate?, team: String?, by manager: Signer
  ) throws -> Assignment {
    let account = try people.account(named: trainee)
    guard account.roleNames.contains(Role.trainee.name) else {
      throw TrainingError.notATrainee(user: trainee, roles: account.roleNames)
    }
    return try training.assign(
      template, scenarioSOPs: scenarioSOPs, trainee: trainee, start: start, due: due, team: team, by: manager)
  }

  /// Who can be given a plan (users holding `trainee`) and the plans assigned so far.
  public func assignmentOverview() throws -> AssignmentOverview {
    AssignmentOverview(
      trainees: try people.list().filter { $0.roleNames.contains(Role.trainee.name) },
      assignments: try training.assignments(trainee: nil, team: nil))
  }

  // MARK: The trainee's acts

  /// What acknowledging `sopID` means for `trainee` today: the revision in force (nil when
  /// none is) and their acknowledgement of it if they already signed. Throws `unknownSOP`.
  public func acknowledgement(of sopID: String, trainee: String) throws -> AcknowledgementState {
    guard let revision = try training.revisionToAcknowledge(sopID) else {
      return AcknowledgementState(sopID: sopID, revision: nil, signed: nil)
    }
    let signed = try training.acknowledgements(trainee: trainee).last {
      $0.sopID == sopID && $0.revisionHash == revision.hash
    }
    return AcknowledgementState(sopID: sopID, revision: revision, signed: signed)
  }

  /// The trainee's e-signature on the revision of `sopID` in force (`signer` authenticated).
  @discardableResult
  public func acknowledge(_ sopID: String, by signer: Signer) throws -> Acknowledgement {
    try training.acknowledge(sopID, by: signer)
  }

  /// A trainee raises a risk of delay on one of their items, naming the day they can commit
  /// to (`YYYY-MM-DD` as typed); `actor` names who acted in the audit trail (the trainee, or
  /// the trainee through a token).
  @discardableResult
  public func raiseRisk(
    _ reference: String, reason: String, commitOn: String?, by trainee: String, actor: String? = nil
  ) throws -> RaisedRisk {
    try training.raiseRisk(
      reference, reason: reason, commitOn: try commitOn.map { try Self.day($0, .commitment) }, by: trainee,
      actor: actor)
  }

  /// A day the user typed for `field`; `invalidDate` names the field when it is not `YYYY-MM-DD`.
  static func day(_ text: String, _ field: TrainingField) throws -> CivilDate {
    guard let day = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
      throw TrainingError.invalidDate(field: field, value: text)
    }
    return day
  }

  /// The trainee's plans with progress, the risks they raised and their attempts.
  public func traineePlan(_ trainee: String) throws -> TraineePlan {
    TraineePlan(
      plans: try training.progress(trainee: trainee, team: nil), risks: try training.risks(trainee: trainee),
      attempts: try training.attempts(trainee: trainee))
  }

  /// Per SOP in the trainee's plans: the revision acknowledged last, the one in force, the diff.
  public func changes(trainee: String) throws -> [ChangeSinceTraining] {
    try training.changes(trainee: trainee)
  }

  // MARK: The manager's acts

  /// The trainer's sign-off on a sign-off item (`signer` authenticated, holding `manager`).
  @discardableResult
  public func signOff(_ reference: String, trainee: String?, note: String, by signer: Signer) throws
    -> TrainingItem
  {
    try training.signOff(reference, trainee: trainee, note: note, by: signer)
  }

  /// A manager answers an open risk, closing it.
  @discardableResult
  public func answerRisk(_ id: Int64, answer: String, by manager: Signer) throws -> RaisedRisk {
    try training.answerRisk(id, answer: answer, by: manager)
  }

  /// Risks raised, newest first; only open ones unless `all`; a team's when named.
  public func risks(all: Bool = false, team: String? = nil) throws -> [NamedRisk] {
    Self.named(try training.risks(all: all, team: team), in: try training.progress(trainee: nil, team: team))
  }

  /// `risks` with the items they are on named from `progress` (an item not in it keeps its number).
  static func named(_ risks: [RaisedRisk], in progress: [TraineeProgress]) -> [NamedRisk] {
    var items: [Int64: String] = [:]
    for entry in progress.flatMap(\.items) {
      if let id = entry.item.id { items[id] = "#\(id) \(entry.item.summary)" }
    }
    return risks.map { NamedRisk(risk: $0, item: items[$0.itemID] ?? "#\($0.itemID)") }
  }

  /// Progress of each plan (of one trainee or team), and the retraining that revisions in
  /// force call for but that is not created yet (the scheduled check has not run since).
  public func status(trainee: String? = nil, team: String? = nil) throws -> PlanStatus {
    let progress = try training.progress(trainee: trainee, team: team)
    let shown = Set(progress.compactMap(\.assignment.id))
    return PlanStatus(
      progress: progress,
      missingRetraining: try training.pendingRetraining().filter {
        shown.contains($0.assignmentID)
      })
  }

  // MARK: Retraining

  /// The scheduled retraining check: creates the items that revisions in force today call for
  /// and that do not exist yet (audited as `system`); writes nothing when there are none.
  @discardableResult
  public func retrain() throws -> [TrainingItem] {
    try training.syncRetraining()
  }
}

/// A plan template file and its template (nil: it does not lint).
public struct PlanListing: Sendable {
  /// The template id (the file name without `.yaml`).
  public var id: String
  /// The file.
  public var path: String
  /// The parsed template.
  public var template: PlanTemplate?
}

/// A template and the assignment made of it.
public struct AssignedPlan: Sendable {
  /// The template assigned.
  public var template: PlanTemplate
  /// The assignment.
  public var assignment: Assignment
}

/// The plan assignment page's facts.
public struct AssignmentOverview: Sendable {
  /// Users holding the role `trainee`.
  public var trainees: [UserAccount]
  /// Every assignment, by trainee then age.
  public var assignments: [Assignment]
}

/// One SOP as a trainee acknowledges it.
public struct AcknowledgementState: Sendable {
  /// The SOP.
  public var sopID: String
  /// The revision in force today (nil: none is, nothing to sign).
  public var revision: StoredRevision?
  /// The trainee's acknowledgement of that revision, when already signed.
  public var signed: Acknowledgement?
}

/// A trainee's own view: their plans, the risks they raised, their attempts.
public struct TraineePlan: Sendable {
  /// Progress of each of their plans.
  public var plans: [TraineeProgress]
  /// Risks they raised, newest first.
  public var risks: [RaisedRisk]
  /// Their attempts, oldest first.
  public var attempts: [Attempt]
}

/// What `plan status` shows.
public struct PlanStatus: Sendable {
  /// Progress of each plan asked for.
  public var progress: [TraineeProgress]
  /// Retraining items of those plans that revisions in force call for but that are not
  /// created yet: the scheduled check (`academy plan retrain`, or the server) creates them.
  public var missingRetraining: [TrainingItem]
}

/// A raised risk with the item it is on, named as a manager reads it.
public struct NamedRisk: Sendable {
  /// The risk.
  public var risk: RaisedRisk
  /// The item: its number and what it asks (`#18 pass pricing-dispute at 80`).
  public var item: String
}
