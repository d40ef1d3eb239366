import CivilCalendar
import Foundation
import SOPKit

/// What the training use cases need from storage, in domain types only: `TrainingStore` is the
/// SQLite implementation; another engine conforms the same way. Every write keeps its rule and
/// its audit entry in one transaction.
public protocol TrainingRepository: Sendable {
  /// Today's UTC day by the store's clock.
  var today: CivilDate { get }
  /// Assigns a template to a trainee (the manager proven by the caller).
  func assign(
    _ template: PlanTemplate, scenarioSOPs: [String: [String]], trainee: String, start: CivilDate,
    due: CivilDate?,
    team: String?, by actor: Signer
  ) throws -> Assignment
  /// The trainee's acknowledgement of the revision in force (the signer authenticated).
  func acknowledge(_ sopID: String, by signer: Signer) throws -> Acknowledgement
  /// A trainer's sign-off on a sign-off item.
  func signOff(_ reference: String, trainee: String?, note: String, by signer: Signer) throws -> TrainingItem
  /// A trainee raises a risk of delay on one of their items.
  func raiseRisk(
    _ reference: String, reason: String, commitOn: CivilDate?, by trainee: String, actor: String?
  ) throws -> RaisedRisk
  /// A manager answers an open risk.
  func answerRisk(_ id: Int64, answer: String, by manager: Signer) throws -> RaisedRisk
  /// Creates the retraining items due today; writes only when there are some.
  func syncRetraining() throws -> [TrainingItem]

  /// The assignments (of one trainee or team).
  func assignments(trainee: String?, team: String?) throws -> [Assignment]
  /// Progress of every assignment (of one trainee or team).
  func progress(trainee: String?, team: String?) throws -> [TraineeProgress]
  /// The coverage matrix over the SOPs in force.
  func coverage(team: String?) throws -> CoverageMatrix
  /// What changed in each plan SOP since the trainee acknowledged it.
  func changes(trainee: String) throws -> [ChangeSinceTraining]
  /// The retraining items due today that are not created yet.
  func pendingRetraining() throws -> [TrainingItem]
  /// Risks raised, newest first; only open ones unless `all`.
  func risks(all: Bool, team: String?) throws -> [RaisedRisk]
  /// Risks one trainee raised, newest first.
  func risks(trainee: String) throws -> [RaisedRisk]
  /// Every practice attempt of the trainees with a plan (or a team's), oldest first.
  func teamAttempts(team: String?) throws -> [Attempt]
  /// The trainee's scored practice cases, oldest first.
  func attempts(trainee: String) throws -> [Attempt]
  /// The trainee's acknowledgements, oldest first.
  func acknowledgements(trainee: String) throws -> [Acknowledgement]
  /// Whether `name` has any plan.
  func hasPlan(_ name: String) throws -> Bool
  /// xAPI statements for facts on or after `since`.
  func statements(since: CivilDate, exporter: XAPIExporter) throws -> [XAPIStatement]
  /// Every SOP known, id -> title.
  func sopTitles() throws -> [String: String]
  /// The revision of an SOP a trainee acknowledges today (nil: none in force).
  func revisionToAcknowledge(_ sopID: String) throws -> StoredRevision?
}

extension TrainingStore: TrainingRepository {}
