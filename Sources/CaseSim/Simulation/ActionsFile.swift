import CivilCalendar
import Foundation
import SOPKit

/// A recorded attempt: the JSON file `docs/actions-format.md` describes, read into commands.
public struct ActionsFile: Sendable, Hashable {
  /// The scenario the attempt was written for, if the file says.
  public var scenario: String?
  /// The seed the attempt was written for, if the file says.
  public var seed: UInt64?
  /// Free text about the attempt.
  public var description: String?
  /// The commands in order.
  public var commands: [CaseCommand]

  /// Creates a file's content.
  public init(
    scenario: String? = nil, seed: UInt64? = nil, description: String? = nil, commands: [CaseCommand]
  ) {
    self.scenario = scenario
    self.seed = seed
    self.description = description
    self.commands = commands
  }

  /// Reads `path`.
  public static func load(path: String) throws -> ActionsFile {
    let file: SourceFile
    do {
      file = try SourceFile.read(path)
    } catch .unreadable(_, let reason) {
      throw SimulationError.unreadableActions(path: path, detail: "the file cannot be read (\(reason))")
    } catch {
      throw SimulationError.unreadableActions(path: path, detail: error.localizedDescription)
    }
    return try parse(Data(file.text.utf8), path: path)
  }

  /// Parses the JSON: an object with `actions`, or a bare array of entries.
  public static func parse(_ data: Data, path: String) throws -> ActionsFile {
    let root: Any
    do {
      root = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw SimulationError.unreadableActions(
        path: path, detail: "invalid JSON (\(jsonProblem(error, in: data)))")
    }
    var file = ActionsFile(commands: [])
    let entries: [Any]
    if let object = root as? [String: Any] {
      for key in object.keys where !["scenario", "seed", "description", "actions"].contains(key) {
        throw SimulationError.unreadableActions(path: path, detail: "unknown top-level key '\(key)'")
      }
      file.scenario = object["scenario"] as? String
      file.description = object["description"] as? String
      if let seed = object["seed"] {
        guard let number = seed as? NSNumber, number.int64Value >= 0 else {
          throw SimulationError.unreadableActions(path: path, detail: "'seed' must be a whole number >= 0")
        }
        file.seed = number.uint64Value
      }
      guard let list = object["actions"] as? [Any] else {
        throw SimulationError.unreadableActions(path: path, detail: "'actions' must be a list")
      }
      entries = list
    } else if let list = root as? [Any] {
      entries = list
    } else {
      throw SimulationError.unreadableActions(
        path: path, detail: "expected an object with 'actions' or a list")
    }
    for (offset, entry) in entries.enumerated() {
      guard let fields = entry as? [String: Any] else {
        throw SimulationError.badAction(path: path, index: offset + 1, detail: "each entry must be an object")
      }
      do {
        file.commands.append(try command(fields))
      } catch let EntryProblem.message(text) {
        throw SimulationError.badAction(path: path, index: offset + 1, detail: text)
      }
    }
    return file
  }

  /// What is wrong with JSON that does not parse, with its line and column: Foundation says
  /// "around character 32" (a byte offset) or "Unexpected end of file", no line.
  static func jsonProblem(_ error: any Error, in data: Data) -> String {
    let detail =
      (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
    var offset: Int?
    if let range = detail.range(of: "character ") {
      offset = Int(detail[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    } else if detail.localizedCaseInsensitiveContains("end of file") {
      offset = data.count
    }
    guard let offset else { return detail }
    let before = data.prefix(offset)
    let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
    let what = detail.split(separator: " around ").first.map(String.init) ?? detail
    return "line \(line), column \(column): \(what.hasSuffix(".") ? String(what.dropLast()) : what)"
  }

  /// Why one entry was refused (wrapped with the file and position by `parse`).
  public enum EntryProblem: Error {
    case message(String)
    /// An instalment typed other than `DATE:AMOUNT` (the typed command line's form).
    case instalment
  }

  /// Reads one entry, as decoded from JSON, into a command.
  public static func command(_ fields: [String: Any]) throws -> CaseCommand {
    if let days = fields["wait"] {
      guard fields.count == 1, let number = days as? NSNumber, number.intValue >= 0, number.intValue <= 3650
      else {
        throw EntryProblem.message("'wait' takes a whole number of days (0-3650) and nothing else")
      }
      return .wait(days: number.intValue)
    }
    if let target = fields["advance_to"] {
      guard fields.count == 1, let text = target as? String, let date = CivilDate(iso: text) else {
        throw EntryProblem.message(
          "'advance_to' takes a date YYYY-MM-DD from \(CivilDate.supportedRangeText) and nothing else")
      }
      return .advanceTo(date)
    }
    if let target = fields["wait_for"] {
      guard fields.count == 1, let text = target as? String, let event = ProcessEvent(rawValue: text) else {
        throw EntryProblem.message(
          "'wait_for' takes an event name from docs/sop-format.md ('plan_approved'...)")
      }
      return .waitFor(event)
    }
    guard let name = fields["action"] as? String else {
      throw EntryProblem.message("an entry needs 'action', 'wait', 'advance_to' or 'wait_for'")
    }
    guard let action = ProcessAction(rawValue: name) else {
      throw EntryProblem.message("unknown action '\(name)'; see the actions table in docs/sop-format.md")
    }
    var result = CaseAction(action)
    for (key, value) in fields where key != "action" {
      switch key {
      case "invoices":
        if let one = value as? String {
          result.invoices = [one]
        } else if let list = value as? [Any], list.allSatisfy({ $0 is String || $0 is NSNumber }) {
          result.invoices = list.map { "\($0)" }
        } else {
          throw EntryProblem.message("'invoices' must be a list of invoice numbers or selectors")
        }
      case "instalments":
        guard let list = value as? [[String: Any]] else {
          throw EntryProblem.message("'instalments' must be a list of {date, amount}")
        }
        result.instalments = try list.map { item in
          guard let date = item["date"] as? String, let amount = item["amount"].map({ "\($0)" }) else {
            throw EntryProblem.message("each instalment needs 'date' and 'amount'")
          }
          return Instalment(date: date, amount: amount)
        }
      default:
        if let text = value as? String {
          result.parameters[key] = text
        } else if let number = value as? NSNumber {
          result.parameters[key] = number.stringValue
        } else {
          throw EntryProblem.message("parameter '\(key)' must be a string or a number")
        }
      }
    }
    let known = Set(action.parameters + CaseAction.simulatorParameters)
    for key in result.parameters.keys where !known.contains(key) {
      throw EntryProblem.message(
        "'\(name)' takes no parameter '\(key)' (it takes \(action.parameters.joined(separator: ", ")))")
    }
    return .act(result)
  }
}

extension CaseAction {
  /// Parameters the simulation reads beyond the process vocabulary: `opening` (`problems` or
  /// `payment`: what a call or email asks first).
  public static let simulatorParameters = ["opening"]
}
