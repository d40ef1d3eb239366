import CivilCalendar
import SOPKit
import Yams

/// Walks a scenario's YAML tree, turning each value into its Swift type and recording a
/// finding, with the line and column of the offending node, for anything that does not fit
/// `docs/scenario-format.md`.
struct ScenarioReader {
  let path: String
  var findings: [Finding] = []
  var locations: [String: ScenarioLocation] = [:]

  init(path: String) {
    self.path = path
  }

  mutating func report(
    _ node: Node?, _ message: String, rule: String, severity: Finding.Severity = .error
  ) {
    let mark = node?.mark
    findings.append(
      Finding(
        path: path, line: mark?.line ?? 0, column: mark?.column ?? 0, severity: severity,
        message: message, rule: rule))
  }

  mutating func remember(_ keyPath: String, _ node: Node) {
    if let mark = node.mark {
      locations[keyPath] = ScenarioLocation(line: mark.line, column: mark.column)
    }
  }

  /// The mapping's values by key, reporting unknown keys and missing required ones.
  mutating func fields(
    _ node: Node, at keyPath: String, allowed: [String], required: [String] = []
  ) -> [String: Node]? {
    guard let mapping = node.mapping else {
      report(node, "\(name(keyPath)) must be a mapping of keys to values", rule: "scenario-type")
      return nil
    }
    var values: [String: Node] = [:]
    for (key, value) in mapping {
      let keyText = key.string ?? ""
      let childPath = keyPath.isEmpty ? keyText : "\(keyPath).\(keyText)"
      guard allowed.contains(keyText) else {
        let known = allowed.joined(separator: ", ")
        report(key, "unknown key '\(childPath)'; expected one of: \(known)", rule: "scenario-unknown-key")
        continue
      }
      values[keyText] = value
      remember(childPath, value)
    }
    for key in required where values[key] == nil {
      let childPath = keyPath.isEmpty ? key : "\(keyPath).\(key)"
      report(
        node, "missing required key '\(childPath)'; see docs/scenario-format.md", rule: "scenario-required")
    }
    return values
  }

  mutating func string(_ node: Node?, _ keyPath: String) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar, !scalar.string.isEmpty else {
      report(node, "\(keyPath) must be a non-empty text value", rule: "scenario-type")
      return nil
    }
    return scalar.string
  }

  mutating func choice(_ node: Node?, _ keyPath: String, from allowed: [String]) -> String? {
    guard let text = string(node, keyPath) else { return nil }
    guard allowed.contains(text) else {
      report(
        node, "\(keyPath) '\(text)' is not one of: \(allowed.joined(separator: ", "))", rule: "scenario-type")
      return nil
    }
    return text
  }

  mutating func int(_ node: Node?, _ keyPath: String, in bounds: ClosedRange<Int>) -> Int? {
    guard let text = string(node, keyPath) else { return nil }
    guard let value = Int(text) else {
      report(node, "\(keyPath) must be a whole number, not '\(text)'", rule: "scenario-type")
      return nil
    }
    guard bounds.contains(value) else {
      report(
        node, "\(keyPath) \(value) is outside \(bounds.lowerBound)...\(bounds.upperBound)",
        rule: "scenario-range")
      return nil
    }
    return value
  }

  mutating func probability(_ node: Node?, _ keyPath: String) -> Double? {
    guard let text = string(node, keyPath) else { return nil }
    guard let value = Double(text), value.isFinite else {
      report(node, "\(keyPath) must be a number from 0 to 1, not '\(text)'", rule: "scenario-type")
      return nil
    }
    guard (0...1).contains(value) else {
      report(
        node, "\(keyPath) \(text) is not a probability; use a number from 0 to 1", rule: "scenario-range")
      return nil
    }
    return value
  }

  mutating func date(_ node: Node?, _ keyPath: String) -> CivilDate? {
    guard let text = string(node, keyPath) else { return nil }
    guard let date = CivilDate(iso: text) else {
      report(
        node, "\(keyPath) '\(text)' is not a date; write YYYY-MM-DD, from \(CivilDate.supportedRangeText)",
        rule: "scenario-type")
      return nil
    }
    return date
  }

  mutating func amount(_ node: Node?, _ keyPath: String) -> Int64? {
    guard let text = string(node, keyPath) else { return nil }
    let money: Money
    switch Money.parse(decimal: text) {
    case .success(let value): money = value
    case .failure(.tooLarge):
      report(
        node, "\(keyPath) '\(text)' is too large; amounts go up to \(Money.maximumText)",
        rule: "scenario-range")
      return nil
    case .failure(.notADecimal):
      report(
        node, "\(keyPath) '\(text)' is not an amount; write a decimal such as \"1250.00\"",
        rule: "scenario-type")
      return nil
    }
    guard money.minorUnits > 0 else {
      report(node, "\(keyPath) must be greater than zero", rule: "scenario-range")
      return nil
    }
    return money.minorUnits
  }

  mutating func strings(_ node: Node?, _ keyPath: String) -> [String]? {
    guard let node else { return nil }
    guard let sequence = node.sequence else {
      report(node, "\(keyPath) must be a list", rule: "scenario-type")
      return nil
    }
    var values: [String] = []
    for (index, item) in sequence.enumerated() {
      if let text = string(item, "\(keyPath)[\(index + 1)]") { values.append(text) }
    }
    return values
  }

  /// A single value or `{min, max}`, each checked by `read`.
  mutating func range<T: Comparable>(
    _ node: Node?, _ keyPath: String, describe: (T) -> String,
    read: (inout ScenarioReader, Node?, String) -> T?
  ) -> (T, T)? {
    guard let node else { return nil }
    guard node.mapping != nil else {
      guard let value = read(&self, node, keyPath) else { return nil }
      return (value, value)
    }
    guard let values = fields(node, at: keyPath, allowed: ["min", "max"], required: ["min", "max"]),
      let low = read(&self, values["min"], "\(keyPath).min"),
      let high = read(&self, values["max"], "\(keyPath).max")
    else { return nil }
    guard low <= high else {
      report(
        node, "\(keyPath): min \(describe(low)) is greater than max \(describe(high)); swap them",
        rule: "scenario-range")
      return nil
    }
    return (low, high)
  }

  mutating func intRange(_ node: Node?, _ keyPath: String, in bounds: ClosedRange<Int>) -> IntRange? {
    range(node, keyPath, describe: { String($0) }) { $0.int($1, $2, in: bounds) }
      .map { IntRange(min: $0.0, max: $0.1) }
  }

  mutating func amountRange(_ node: Node?, _ keyPath: String) -> AmountRange? {
    range(node, keyPath, describe: { Money(minorUnits: $0).decimalString }) { $0.amount($1, $2) }
      .map { AmountRange(min: $0.0, max: $0.1) }
  }

  /// One value, or a mapping of values to positive integer weights.
  mutating func weighted<T>(
    _ node: Node?, _ keyPath: String, read: (inout ScenarioReader, Node, String) -> T?
  ) -> Weighted<T>? {
    guard let node else { return nil }
    guard let mapping = node.mapping else {
      return read(&self, node, keyPath).map { Weighted($0) }
    }
    var choices: [Weighted<T>.Choice] = []
    for (key, weightNode) in mapping {
      guard let value = read(&self, key, keyPath),
        let weight = int(weightNode, "\(keyPath) weight", in: 1...1_000_000)
      else { continue }
      choices.append(.init(value: value, weight: weight))
    }
    guard !choices.isEmpty else {
      report(node, "\(keyPath) needs at least one value", rule: "scenario-required")
      return nil
    }
    return Weighted(choices: choices)
  }

  private func name(_ keyPath: String) -> String {
    keyPath.isEmpty ? "the file" : keyPath
  }
}
