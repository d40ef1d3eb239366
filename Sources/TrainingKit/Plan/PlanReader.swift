import SOPKit
import Yams

/// Reads a plan template's YAML into a `PlanTemplate`, recording a finding with the line of
/// the offending node for anything that does not fit `docs/plan-format.md`.
struct PlanReader {
  static let topKeys = ["id", "title", "team", "retraining_days", "items", "translations"]
  static let itemKeys = ["id", "acknowledge", "pass", "sign_off", "min_score", "attempts", "due", "requires"]

  let path: String
  var findings: [Finding] = []

  init(path: String) {
    self.path = path
  }

  /// The template, or nil when it cannot be built; findings either way.
  static func read(_ file: SourceFile) -> (template: PlanTemplate?, findings: [Finding]) {
    var reader = PlanReader(path: file.path)
    let template = reader.template(file.text)
    return (template, reader.findings)
  }

  mutating func report(_ node: Node?, _ message: String, rule: String = "plan-format") {
    findings.append(
      Finding(
        path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, severity: .error,
        message: message, rule: rule))
  }

  mutating func template(_ text: String) -> PlanTemplate? {
    let root: Node
    do {
      guard let composed = try Yams.compose(yaml: text) else {
        report(nil, "the file is empty; see docs/plan-format.md")
        return nil
      }
      root = composed
    } catch {
      report(nil, "not valid YAML (\(error)); see docs/plan-format.md", rule: "plan-yaml")
      return nil
    }
    guard
      let fields = fields(root, allowed: Self.topKeys, required: ["id", "title", "items"], what: "the plan")
    else { return nil }
    let id = string(fields["id"], "id")
    let title = string(fields["title"], "title")
    let team = string(fields["team"], "team")
    var retraining = PlanTemplate.defaultRetrainingDays
    if let node = fields["retraining_days"] {
      retraining = int(node, "retraining_days", in: 0...260) ?? retraining
    }
    var items: [PlanItemSpec] = []
    if let list = fields["items"] {
      if let sequence = list.sequence {
        for (index, node) in sequence.enumerated() {
          if let item = item(node, index: index) { items.append(item) }
        }
      } else {
        report(list, "items must be a list of items")
      }
    }
    if let name = path.split(separator: "/").last, let id, "\(id).yaml" != String(name) {
      report(fields["id"], "id '\(id)' must match the file name (\(id).yaml)")
    }
    let translations = self.translations(fields["translations"], items: items)
    guard let id, let title else { return nil }
    return PlanTemplate(
      id: id, title: title, team: team, retrainingDays: retraining, items: items, translations: translations,
      path: path)
  }

  mutating func item(_ node: Node, index: Int) -> PlanItemSpec? {
    let label = "items[\(index)]"
    guard let fields = fields(node, allowed: Self.itemKeys, required: ["due"], what: label) else {
      return nil
    }
    let kinds = ["acknowledge", "pass", "sign_off"].filter { fields[$0] != nil }
    guard kinds.count == 1, let kindName = kinds.first, let kind = PlanItemSpec.Kind(rawValue: kindName)
    else {
      report(node, "\(label) needs exactly one of acknowledge, pass or sign_off")
      return nil
    }
    let target = string(fields[kindName], "\(label).\(kindName)")
    var minScore: Double?
    var attempts: Int?
    if kind == .pass {
      minScore = double(fields["min_score"], "\(label).min_score") ?? 70
      attempts = fields["attempts"].flatMap { int($0, "\(label).attempts", in: 1...99) } ?? 3
    } else {
      for key in ["min_score", "attempts"] where fields[key] != nil {
        report(fields[key], "\(label).\(key) applies to pass items only")
      }
    }
    let due = fields["due"].flatMap { int($0, "\(label).due", in: 0...260) }
    var requires: [String] = []
    if let node = fields["requires"] {
      if let list = node.sequence {
        requires = list.compactMap { string($0, "\(label).requires") }
      } else if let one = string(node, "\(label).requires") {
        requires = [one]
      }
    }
    guard let target, let due else { return nil }
    let id = string(fields["id"], "\(label).id") ?? Self.defaultID(kind: kind, target: target, index: index)
    return PlanItemSpec(
      id: id, kind: kind, sopID: kind == .acknowledge ? target : nil,
      scenarioID: kind == .pass ? target : nil,
      minScore: minScore, attempts: attempts, text: kind == .signOff ? target : nil, due: due,
      requires: requires, line: node.mark?.line ?? 0)
  }

  /// `ack-col-004`, `pass-forgetful-payer`, `sign-off-12` when the item names no id.
  static func defaultID(kind: PlanItemSpec.Kind, target: String, index: Int) -> String {
    switch kind {
    case .acknowledge: return "ack-\(target.lowercased())"
    case .pass: return "pass-\(target.lowercased())"
    case .signOff: return "sign-off-\(index + 1)"
    }
  }

  mutating func fields(_ node: Node, allowed: [String], required: [String], what: String) -> [String: Node]? {
    guard let mapping = node.mapping else {
      report(node, "\(what) must be a mapping of keys to values")
      return nil
    }
    var values: [String: Node] = [:]
    for (key, value) in mapping {
      let name = key.string ?? ""
      guard allowed.contains(name) else {
        report(key, "unknown key '\(name)' in \(what); expected one of: \(allowed.joined(separator: ", "))")
        continue
      }
      values[name] = value
    }
    for key in required where values[key] == nil {
      report(node, "\(what) is missing required key '\(key)'; see docs/plan-format.md")
    }
    return values
  }

  mutating func string(_ node: Node?, _ key: String) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
      report(node, "\(key) must be a non-empty text value")
      return nil
    }
    return scalar.string
  }

  mutating func int(_ node: Node, _ key: String, in bounds: ClosedRange<Int>) -> Int? {
    guard let text = string(node, key) else { return nil }
    guard let value = Int(text), bounds.contains(value) else {
      report(
        node, "\(key) must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound), not '\(text)'"
      )
      return nil
    }
    return value
  }

  mutating func double(_ node: Node?, _ key: String) -> Double? {
    guard let node, let text = string(node, key) else { return nil }
    guard let value = Double(text), (0...100).contains(value) else {
      report(node, "\(key) must be a number from 0 to 100, not '\(text)'")
      return nil
    }
    return value
  }
}
