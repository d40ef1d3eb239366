import Foundation
import Yams

/// The words of the scoring feedback in one language: findings, what the SOP expects, outcome
/// lines and the report's headings. Each language is one file, `Resources/feedback/<code>.yaml`
/// (nested maps flattened to dotted keys, `{name}` placeholders), loaded once; a key missing
/// from a language falls back to English, so a new language is a new file, not a code change.
public struct Feedback: Sendable {
  /// Language code of the file (`en`, `es`).
  public let language: String
  /// Every key, the language's own text over English's.
  let entries: [String: String]

  /// English, the fallback of every other language.
  public static let english = Feedback(language: "en", entries: catalogues["en"] ?? [:])

  /// The languages that ship a file, sorted.
  public static var languages: [String] { catalogues.keys.sorted() }

  /// The shipped catalogue for `language` (`es`, or `es-ES` read as `es`); nil when none ships.
  public static func named(_ language: String) -> Feedback? {
    let code = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
    guard let code, let own = catalogues[code] else { return nil }
    return Feedback(language: code, entries: own.merging(english.entries) { mine, _ in mine })
  }

  /// The catalogue for `language`, or English when none ships.
  public static func orEnglish(_ language: String?) -> Feedback {
    language.flatMap(named) ?? english
  }

  /// The text of `key` with each `{name}` replaced by `values[name]`; the key itself when no
  /// catalogue has it (a test checks English has every key the code asks for).
  public func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
    guard let template = entries[key] else { return key }
    guard !values.isEmpty, template.contains("{") else { return template }
    var text = template
    for (name, value) in values {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  /// The text of `key`, or nil when no catalogue has it (optional names, e.g. of a value).
  func optional(_ key: String) -> String? { entries[key] }

  /// `{n} day` or `{n} days`, in words (`unit.day.one` / `unit.day.other`).
  func days(_ count: Int) -> String {
    self(count == 1 ? "unit.day.one" : "unit.day.other", ["n": String(count)])
  }

  /// `{n} month` or `{n} months` (`unit.month.one` / `unit.month.other`).
  func months(_ count: Int) -> String {
    self(count == 1 ? "unit.month.one" : "unit.month.other", ["n": String(count)])
  }

  /// `{n} invoice` or `{n} invoices` (`unit.invoice.one` / `unit.invoice.other`).
  func invoices(_ count: Int) -> String {
    self(count == 1 ? "unit.invoice.one" : "unit.invoice.other", ["n": String(count)])
  }

  /// Items joined as a list ends: `a, b and c` with `join.and` (or `join.or`).
  func list(_ items: [String], last key: String = "join.and") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + self(key) + (items.last ?? "")
  }

  /// The keys of every shipped language, by language, for the completeness test.
  public static var keysByLanguage: [String: Set<String>] { catalogues.mapValues { Set($0.keys) } }

  /// Every shipped file, read once. A file that does not parse is left out and reported by
  /// `loadProblems` (the completeness test fails on it).
  private static let loaded: (catalogues: [String: [String: String]], problems: [String]) = {
    guard
      let folder = Bundle.module.url(forResource: "feedback", withExtension: nil, subdirectory: "Resources")
    else { return ([:], ["Resources/feedback is missing from the CaseSim bundle"]) }
    let files =
      (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    var catalogues: [String: [String: String]] = [:]
    var problems: [String] = []
    for file in files where file.pathExtension == "yaml" {
      do {
        catalogues[file.deletingPathExtension().lastPathComponent] = try parse(
          String(contentsOf: file, encoding: .utf8), source: "feedback/\(file.lastPathComponent)")
      } catch {
        problems.append(error.localizedDescription)
      }
    }
    return (catalogues, problems)
  }()

  private static var catalogues: [String: [String: String]] { loaded.catalogues }

  /// Why a shipped file could not be read (empty when all were).
  public static var loadProblems: [String] { loaded.problems }

  /// Reads one catalogue: a YAML map whose leaves are strings, flattened to dotted keys.
  static func parse(_ text: String, source: String) throws -> [String: String] {
    let node: Any?
    do {
      node = try Yams.load(yaml: text)
    } catch let error as YamlError {
      throw FeedbackError.unreadable(source: source, detail: "\(error)")
    }
    guard let root = node as? [String: Any] else {
      throw FeedbackError.unreadable(source: source, detail: "the file must be a map of keys to texts")
    }
    var entries: [String: String] = [:]
    func flatten(_ map: [String: Any], prefix: String) throws {
      for (key, value) in map {
        let path = prefix.isEmpty ? key : "\(prefix).\(key)"
        switch value {
        case let text as String: entries[path] = text
        case let nested as [String: Any]: try flatten(nested, prefix: path)
        case let number as Int: entries[path] = String(number)
        default:
          throw FeedbackError.unreadable(source: source, detail: "'\(path)' must be a text or a map of texts")
        }
      }
    }
    try flatten(root, prefix: "")
    return entries
  }
}

/// A feedback catalogue that cannot be used.
public enum FeedbackError: Error, LocalizedError, Equatable, Sendable {
  /// The file is not a YAML map of texts.
  case unreadable(source: String, detail: String)
  /// No catalogue ships for the language asked for.
  case unknownLanguage(String, shipped: [String])

  /// Names the file or the language, and what to do.
  public var errorDescription: String? {
    switch self {
    case .unreadable(let source, let detail):
      return "\(source): \(detail); see docs/scoring.md#wording"
    case .unknownLanguage(let language, let shipped):
      return "no feedback in '\(language)'; the languages shipped are \(shipped.joined(separator: ", "))"
    }
  }
}
