import Foundation

/// Why a training operation failed. Nothing is changed when one is thrown.
public enum TrainingError: Error, Sendable, Hashable {
  /// No `plans/ID.yaml`.
  case unknownTemplate(id: String, directory: String)
  /// The template file has errors; the first is quoted.
  case invalidTemplate(path: String, firstError: String, count: Int)
  /// The acting user lacks the role the action needs.
  case notPermitted(user: String, action: String, role: String)
  /// A plan was to be assigned to a user who is not a trainee.
  case notATrainee(user: String, roles: [String])
  /// A date argument is not `YYYY-MM-DD`.
  case invalidDate(field: TrainingField, value: String)
  /// The plan's due date comes before its start.
  case dueBeforeStart(start: String, due: String)
  /// The SOP has no revision in force today.
  case noCurrentRevision(sopID: String)
  /// The SOP is not in the store.
  case unknownSOP(String)
  /// The trainee has no plan assigned.
  case noPlan(trainee: String)
  /// No item matches the reference.
  case unknownItem(String)
  /// The item belongs to another trainee.
  case notYourItem(item: String, trainee: String)
  /// The item's prerequisites are not done.
  case blocked(item: String, waitingFor: [String])
  /// The item is not a sign-off item, or is already signed.
  case notSignable(item: String, reason: String)
  /// A text argument is empty.
  case emptyText(field: TrainingField)
  /// The same revision was already acknowledged by this trainee.
  case alreadyAcknowledged(sopID: String, number: String)
  /// A score outside 0...100.
  case invalidScore(Double)
  /// The risk does not exist or is closed.
  case unknownRisk(Int64)
  /// An attempt for the record was scored without a revision in force of this SOP.
  case notInForce(sopID: String)
  /// The trainee already has this plan.
  case alreadyAssigned(trainee: String, planID: String, assignedOn: String)
}

extension TrainingError: LocalizedError {
  /// What went wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .unknownTemplate(let id, let directory):
      return "no plan template '\(id)' in \(directory)/; pick one of the templates there"
    case .invalidTemplate(let path, let first, let count):
      return "\(path): \(count) error(s), first: \(first); mend the file and check it again"
    case .notPermitted(let user, let action, let role):
      return "\(user) cannot \(action): needs the role \(role)"
    case .notATrainee(let user, let roles):
      return
        "\(user) is not a trainee (roles: \(roles.joined(separator: ", "))): plans are assigned to trainees; "
        + "an admin adds the role trainee first if \(user) is to be trained"
    case .invalidDate(let field, let value):
      return "the \(field.rawValue) '\(value)' is not a date; write YYYY-MM-DD"
    case .dueBeforeStart(let start, let due):
      return "the due date \(due) is before the start date \(start); give a later due date"
    case .noCurrentRevision(let id):
      return
        "\(id) has no revision in force today; it can be acknowledged once a revision is approved and effective"
    case .unknownSOP(let id):
      return "no SOP \(id) in the library; check the id against the SOPs imported"
    case .noPlan(let trainee):
      return "\(trainee) has no training plan; a manager assigns one"
    case .unknownItem(let reference):
      return "no plan item '\(reference)'; the plan's status lists the item numbers"
    case .notYourItem(let item, let trainee):
      return "item \(item) is not in a plan of \(trainee)"
    case .blocked(let item, let waiting):
      return "\(item) waits for \(waiting.joined(separator: ", ")); complete those first"
    case .notSignable(let item, let reason):
      return "\(item) cannot be signed off: \(reason)"
    case .emptyText(let field):
      return "the \(field.rawValue) must not be empty"
    case .alreadyAcknowledged(let id, let number):
      return "you already acknowledged \(id) \(number); nothing to do"
    case .invalidScore(let score):
      return "score \(score) is outside 0-100; the scorer must report a percentage"
    case .unknownRisk(let id):
      return "no open risk #\(id); it may have been answered already"
    case .alreadyAssigned(let trainee, let plan, let day):
      return
        "\(trainee) already has the plan \(plan) (assigned \(day)): a plan is assigned once, and a procedural "
        + "change adds its retraining items to the plan the trainee has"
    case .notInForce(let id):
      return
        "\(id) has no revision in force in the store today, so this attempt cannot go on a training record: "
        + "a trainee's attempt is scored only against approved, effective revisions; have it approved, or "
        + "practise on the files without recording the attempt"
    }
  }
}

/// A value a training use case checks, named as a person reads it; the command line adds its
/// flag when it shows the error.
public enum TrainingField: String, Sendable, Equatable {
  /// The day a plan starts.
  case start = "start date"
  /// The day a plan is due.
  case due = "due date"
  /// The note of a sign-off.
  case note = "sign-off note"
  /// Why a risk is raised.
  case reason = "risk reason"
  /// The day a trainee commits to.
  case commitment = "commitment date"
  /// The manager's answer to a risk.
  case answer = "answer"
  /// The first day a report or export covers.
  case since = "since date"
}
