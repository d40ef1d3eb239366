import CivilCalendar
import Foundation
import SOPKit

/// Commands typed rather than read from JSON: a line (`call contact=accounts_payable
/// language=es`) as `academy practice` reads it, or the fields of a web form. Both end in
/// `ActionsFile.command`, so a typed command and a recorded one mean the same.
public enum CaseCommandLine {
  /// Reads one typed line into a command.
  public static func parse(_ line: String) throws -> CaseCommand {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let head = words.first else { throw problem("empty line") }
    switch head {
    case "wait":
      guard words.count == 2, let days = Int(words[1]) else { throw problem("usage: wait DAYS") }
      return try wait(days: days)
    case "advance_to":
      guard words.count == 2 else { throw problem("usage: advance_to YYYY-MM-DD") }
      return try advance(to: words[1])
    case "wait_for":
      guard words.count == 2 else {
        throw problem("usage: wait_for EVENT (plan_approved, dispute_raised, promise_broken...)")
      }
      return try waitFor(words[1])
    default:
      var fields: [String: String] = [:]
      var key: String?
      for word in words.dropFirst() {
        if let equals = word.firstIndex(of: "=") {
          key = String(word[..<equals])
          fields[key ?? ""] = String(word[word.index(after: equals)...])
        } else if let open = key, let text = fields[open] {
          fields[open] = text + " " + word  // notes may contain spaces
        } else {
          throw problem("expected key=value, got '\(word)'")
        }
      }
      return try action(head, fields: fields)
    }
  }

  /// An action from its name and text fields: `invoices` comma-separated numbers or selectors,
  /// `instalments` as `DATE:AMOUNT,DATE:AMOUNT` (`+7:share:0.5,+21:share:0.5`).
  public static func action(_ name: String, fields: [String: String]) throws -> CaseCommand {
    guard ProcessAction(rawValue: name) != nil else { throw problem("unknown action '\(name)'; type 'help'") }
    var entry: [String: Any] = ["action": name]
    for (key, value) in fields {
      switch key {
      case "invoices":
        entry[key] = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      case "instalments":
        entry[key] = try instalments(value)
      default:
        entry[key] = value
      }
    }
    return try ActionsFile.command(entry)
  }

  /// How many days one `wait` may move the clock.
  public static let waitDays = 0...3650

  /// `wait N`: 0 to 3650 days.
  public static func wait(days: Int) throws -> CaseCommand {
    guard waitDays.contains(days) else { throw problem("wait takes a whole number of days from 0 to 3650") }
    return .wait(days: days)
  }

  /// `advance_to YYYY-MM-DD`.
  public static func advance(to text: String) throws -> CaseCommand {
    guard let date = CivilDate(iso: text) else {
      throw problem("advance_to takes a date YYYY-MM-DD from \(CivilDate.supportedRangeText)")
    }
    return .advanceTo(date)
  }

  /// `wait_for EVENT`, an event of the process vocabulary.
  public static func waitFor(_ name: String) throws -> CaseCommand {
    guard let event = ProcessEvent(rawValue: name) else {
      throw problem("wait_for takes an event name (plan_approved, dispute_raised, promise_broken...)")
    }
    return .waitFor(event)
  }

  /// The events a trainee can wait for: every named event (not `step:` ones).
  public static var waitableEvents: [ProcessEvent] { ProcessEvent.named }

  private static func instalments(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: ",").map { item -> [String: Any] in
      let parts = item.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1).map(
        String.init)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw ActionsFile.EntryProblem.instalment
      }
      return ["date": parts[0], "amount": parts[1]]
    }
  }

  static func problem(_ text: String) -> ActionsFile.EntryProblem { .message(text) }
}

extension ActionsFile.EntryProblem: LocalizedError {
  /// The problem as written.
  public var errorDescription: String? {
    switch self {
    case .message(let text): return text
    case .instalment: return "write each instalment as DATE:AMOUNT, e.g. +7:share:0.5 or 2026-04-01:1500.00"
    }
  }
}
