import CivilCalendar
import Foundation
import Yams

/// Reads front-matter YAML into `PartialMetadata`, recording a problem (with its line) for
/// every missing key, wrong type, bad value and unknown key instead of stopping at the first.
struct FrontMatterParser {
  /// Keys the format defines, in the order the doc lists them.
  static let knownKeys = [
    "id", "title", "owner", "approvers", "review_every_months", "language", "translation_of",
    "applies_to", "effective", "tags",
  ]
  /// Keys every SOP must have.
  static let requiredKeys = ["id", "title", "owner", "approvers", "review_every_months", "language"]

  /// What parsing found.
  struct Result: Sendable, Hashable {
    /// Complete metadata, only when the front matter has no errors.
    var metadata: SOPMetadata?
    /// Whatever could be read.
    var partial: PartialMetadata
    /// Everything wrong, in file order.
    var problems: [FrontMatterProblem]
  }

  private let yaml: EmbeddedYAML
  private var partial = PartialMetadata()
  private var problems: [FrontMatterProblem] = []

  private init(firstLine: Int) {
    yaml = EmbeddedYAML(firstLine: firstLine)
  }

  /// Parses a front-matter block.
  static func parse(_ block: FrontMatterBlock) -> Result {
    let start = SourcePosition(line: 1, column: 1)
    guard block.closingLine != nil else {
      return Result(
        metadata: nil, partial: PartialMetadata(), problems: [.init(kind: .unclosed, position: start)])
    }
    var parser = FrontMatterParser(firstLine: block.firstLine)
    parser.read(block.yaml)
    let hasErrors = parser.problems.contains { FrontMatterRule.severity(of: $0.kind) == .error }
    return Result(
      metadata: hasErrors ? nil : parser.partial.complete, partial: parser.partial,
      problems: parser.problems.sorted { $0.position < $1.position })
  }

  private mutating func read(_ text: String) {
    let root: Node?
    do {
      root = try yaml.compose(text)
    } catch {
      problems.append(
        .init(kind: .syntax(error.problem), position: .init(line: error.line, column: error.column)))
      return
    }
    guard let root else {
      for key in FrontMatterParser.requiredKeys {
        report(.missingKey(key), at: SourcePosition(line: 1, column: 1))
      }
      return
    }
    guard let mapping = root.mapping else {
      report(.notAMapping, at: yaml.position(of: root))
      return
    }
    var seen: Set<String> = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      seen.insert(key)
      read(key: key, value: value, keyNode: keyNode)
    }
    let opening = SourcePosition(line: 1, column: 1)
    for key in FrontMatterParser.requiredKeys where !seen.contains(key) {
      report(.missingKey(key), at: opening)
    }
  }

  private mutating func read(key: String, value: Node, keyNode: Node) {
    switch key {
    case "id":
      partial.id = identifier(value, key: key)
      partial.idLine = yaml.position(of: keyNode).line
    case "title": partial.title = text(value, key: key)
    case "owner": partial.owner = text(value, key: key)
    case "approvers": partial.approvers = list(value, key: key, nonEmpty: true)
    case "review_every_months": partial.reviewEveryMonths = integer(value, key: key, range: 1...60)
    case "language": partial.language = language(value)
    case "translation_of": partial.translationOf = identifier(value, key: key)
    case "applies_to": partial.appliesTo = list(value, key: key, nonEmpty: false) ?? []
    case "effective": partial.effective = date(value)
    case "tags": partial.tags = list(value, key: key, nonEmpty: false) ?? []
    default:
      let suggestion = NameSuggestion.nearest(to: key, in: FrontMatterParser.knownKeys)
      report(.unknownKey(key, suggestion: suggestion), at: yaml.position(of: keyNode))
    }
  }

  private mutating func report(_ kind: FrontMatterProblem.Kind, at position: SourcePosition) {
    problems.append(FrontMatterProblem(kind: kind, position: position))
  }

  /// A non-empty scalar. Numbers and booleans are accepted as their text: a title "2026"
  /// is odd but not wrong.
  private mutating func text(_ node: Node, key: String) -> String? {
    guard let scalar = node.scalar else {
      report(.wrongType(key: key, expected: "a single value"), at: yaml.position(of: node))
      return nil
    }
    let value = scalar.string.trimmingCharacters(in: .whitespaces)
    if value.isEmpty || EmbeddedYAML.isNull(node) {
      report(.missingKey(key), at: yaml.position(of: node))
      return nil
    }
    return value
  }

  private mutating func identifier(_ node: Node, key: String) -> String? {
    guard let value = text(node, key: key) else { return nil }
    guard SOPIdentifier.isValid(value) else {
      report(.invalidID(key: key, value: value), at: yaml.position(of: node))
      return nil
    }
    return value
  }

  private mutating func list(_ node: Node, key: String, nonEmpty: Bool) -> [String]? {
    guard let sequence = node.sequence else {
      report(.wrongType(key: key, expected: "a list such as [a, b]"), at: yaml.position(of: node))
      return nil
    }
    var values: [String] = []
    for item in sequence {
      guard let scalar = item.scalar, !scalar.string.isEmpty else {
        report(
          .wrongType(key: key, expected: "a list of words, not nested lists or maps"),
          at: yaml.position(of: item))
        return nil
      }
      values.append(scalar.string)
    }
    if nonEmpty && values.isEmpty {
      report(.emptyList(key), at: yaml.position(of: node))
      return nil
    }
    return values
  }

  private mutating func integer(_ node: Node, key: String, range: ClosedRange<Int>) -> Int? {
    guard EmbeddedYAML.isInteger(node), let value = node.int else {
      report(.wrongType(key: key, expected: "a whole number"), at: yaml.position(of: node))
      return nil
    }
    guard range.contains(value) else {
      report(.outOfRange(key: key, value: value, range: range), at: yaml.position(of: node))
      return nil
    }
    return value
  }

  private mutating func language(_ node: Node) -> SOPLanguage? {
    guard let value = text(node, key: "language") else { return nil }
    guard let language = SOPLanguage(rawValue: value) else {
      report(.invalidLanguage(value), at: yaml.position(of: node))
      return nil
    }
    return language
  }

  private mutating func date(_ node: Node) -> CivilDate? {
    guard let value = text(node, key: "effective") else { return nil }
    guard let day = CivilDate(iso: value) else {
      report(.invalidDate(value), at: yaml.position(of: node))
      return nil
    }
    return day
  }
}
