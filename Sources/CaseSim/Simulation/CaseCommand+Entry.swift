import Foundation
import SOPKit

extension CaseCommand {
  /// The command as an entry of an actions file (`docs/actions-format.md`): what
  /// `ActionsFile.command` reads back into the same command.
  public var entry: [String: Any] {
    switch self {
    case .wait(let days): return ["wait": days]
    case .advanceTo(let date): return ["advance_to": date.iso]
    case .waitFor(let event): return ["wait_for": event.rawValue]
    case .act(let action):
      var entry: [String: Any] = ["action": action.action.rawValue]
      for (key, value) in action.parameters { entry[key] = value }
      if let invoices = action.invoices { entry["invoices"] = invoices }
      if let instalments = action.instalments {
        entry["instalments"] = instalments.map { ["date": $0.date, "amount": $0.amount] }
      }
      return entry
    }
  }

  /// The entry as one line of JSON with its keys sorted, so one command always writes the
  /// same text (a stored live case's command column).
  public var json: String {
    let data = (try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// Reads back a command `json` wrote; an entry that is not one names what is wrong.
  public init(json: String) throws {
    guard let fields = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
      throw ActionsFile.EntryProblem.message("not an actions-file entry (a JSON object): \(json.prefix(80))")
    }
    self = try ActionsFile.command(fields)
  }
}
