import CaseSim
import SOPKit

/// Reads one typed line (`call contact=accounts_payable language=es`) into a command.
enum PracticeCommand {
  static func parse(_ line: String) throws -> CaseCommand {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let head = words.first else { throw problem("empty line") }
    switch head {
    case "wait":
      guard words.count == 2, let days = Int(words[1]), days >= 0 else { throw problem("usage: wait DAYS") }
      return .wait(days: days)
    case "advance_to":
      guard words.count == 2, let date = CivilDate(iso: words[1]) else {
        throw problem("usage: advance_to YYYY-MM-DD")
      }
      return .advanceTo(date)
    case "wait_for":
      guard words.count == 2, let event = ProcessEvent(rawValue: words[1]) else {
        throw problem("usage: wait_for EVENT (plan_approved, dispute_raised, promise_broken...)")
      }
      return .waitFor(event)
    default:
      guard let action = ProcessAction(rawValue: head) else {
        throw problem("unknown action '\(head)'; type 'help'")
      }
      var fields: [String: Any] = ["action": action.rawValue]
      var key: String?
      for word in words.dropFirst() {
        if let equals = word.firstIndex(of: "=") {
          key = String(word[..<equals])
          fields[key ?? ""] = String(word[word.index(after: equals)...])
        } else if let open = key, let text = fields[open] as? String {
          fields[open] = text + " " + word  // notes may contain spaces
        } else {
          throw problem("expected key=value, got '\(word)'")
        }
      }
      if let invoices = fields["invoices"] as? String {
        fields["invoices"] = invoices.split(separator: ",").map(String.init)
      }
      if let plan = fields["instalments"] as? String {
        fields["instalments"] = plan.split(separator: ",").map { item -> [String: Any] in
          let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
          return ["date": parts.first ?? "", "amount": parts.count > 1 ? parts[1] : ""]
        }
      }
      do {
        return try ActionsFile.command(fields)
      } catch ActionsFile.EntryProblem.message(let text) {
        throw problem(text)
      }
    }
  }

  static func problem(_ text: String) -> SimulationError {
    SimulationError.badAction(path: "input", index: 1, detail: text)
  }
}
