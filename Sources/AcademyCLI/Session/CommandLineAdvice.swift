import AcademyServices
import CaseSim
import Foundation
import People
import SOPKit
import TrainingKit

/// A lower layer's error with the command line's advice after it: the flag that gives the value,
/// or the command that mends the problem. The layers below the command line name no flag (the
/// web shows the same errors), so the flags are named here, once.
struct AdvisedError: LocalizedError {
  /// The error as the lower layer threw it.
  let error: any Error
  /// What to type.
  let advice: String

  var errorDescription: String? { "\(error.localizedDescription) (\(advice))" }

  /// `error` with its advice, or `error` itself when the command line has none to add.
  static func advised(_ error: any Error) -> any Error {
    advice(for: error).map { AdvisedError(error: error, advice: $0) } ?? error
  }

  /// The command line's advice for `error`, if it has any.
  static func advice(for error: any Error) -> String? {
    switch error {
    case TrainingError.invalidDate(let field, _), TrainingError.emptyText(let field):
      "give it with \(flag(field))"
    case TrainingError.dueBeforeStart: "--due, --start"
    case TrainingError.notInForce: "to practise without recording, leave out --as"
    case PeopleError.missingFullName: "give it with --full-name"
    case PeopleError.firstUserMustBeAdmin: "add --role admin"
    case PeopleError.actorRequired: "act as an admin with --as NAME or ACADEMY_USER"
    case PeopleError.signingOnHold(let name, _): "academy user release-signing \(name) --as MANAGER"
    case PeopleError.unknownToken: "an admin issues one with 'academy token issue NAME --as ADMIN'"
    case FinanceError.missingRate, FinanceError.unconfirmedRate: "pass the copy with --rates FILE"
    case PortfolioError.unreadableLine: "produce the file with 'academy case generate --format ndjson'"
    case ScenarioError.notFound(_, let directory): "run 'academy scenario list --scenarios \(directory)'"
    case SessionError.dataFolder: "--data or ACADEMY_DATA"
    // The commands that show what a message points to.
    case TrainingError.unknownTemplate: "run 'academy plan list' for the templates"
    case TrainingError.invalidTemplate(let path, _, _): "run 'academy plan lint \(path)'"
    case TrainingError.unknownSOP, StoreError.unknownSOP: "run 'academy sop list' for the ids"
    case TrainingError.noPlan(let trainee):
      "a manager runs 'academy plan assign TEMPLATE --trainee \(trainee) --start DATE'"
    case TrainingError.unknownItem: "run 'academy plan status' for item numbers"
    case TrainingError.unknownRisk: "run 'academy risk list'"
    case StoreError.unknownRevision(let id, _): "run 'academy sop history \(id)'"
    case PeopleError.unknownUser: "run 'academy user list'"
    case PeopleError.unknownTokenLabel: "run 'academy token list'"
    case SimulationError.unusableProcess: "run 'academy sop lint' on it"
    case ScenarioError.invalid(let path, _, _): "run 'academy scenario lint \(path)'"
    case LiveCaseError.unreadable: "run 'academy audit verify'"
    default: nil
    }
  }

  /// The flag that gives `field`.
  private static func flag(_ field: TrainingField) -> String {
    switch field {
    case .start: "--start"
    case .due: "--due"
    case .note: "--note"
    case .reason: "--reason"
    case .commitment: "--commit"
    case .answer: "--answer"
    case .since: "--since"
    }
  }
}
