import Yams

extension ProcessParser {
  /// Reads one step. Returns nil when a required key is missing or unusable (the problem is
  /// recorded); optional keys with errors are left out of the step.
  mutating func readStep(_ node: Node) -> ProcessStep? {
    guard let mapping = node.mapping else {
      report(.wrongType(key: "steps", expected: "each step to be a map starting with `- id:`"), at: node)
      return nil
    }
    let stepPosition = yaml.position(of: node)
    var id: String?
    if let idNode = mapping["id"] {
      if let value = idNode.scalar?.string, ProcessStep.isValidID(value) {
        id = value
        result.declaredIDs.insert(value)
      } else {
        report(.invalidStepID(idNode.scalar?.string ?? ""), at: idNode)
      }
    } else {
      report(.missingKey(step: nil, key: "id"), at: stepPosition)
    }
    var step = ProcessStep(id: id ?? "", title: "", actions: [], section: "", line: stepPosition.line)
    var complete = id != nil
    for key in ["title", "action", "section"] where mapping[key] == nil {
      report(.missingKey(step: id, key: key), at: stepPosition)
      complete = false
    }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      if !readField(key, value: value, into: &step) {
        if ProcessParser.stepKeys.contains(key) {
          if ["title", "action", "section"].contains(key) { complete = false }
        } else {
          let suggestion = NameSuggestion.nearest(to: key, in: ProcessParser.stepKeys)
          report(.unknownKey(key, suggestion: suggestion), at: keyNode)
        }
      }
    }
    checkConsistency(of: step, at: stepPosition)
    return complete ? step : nil
  }

  /// Reads `key` into `step`; false when the key is unknown or its value unusable.
  private mutating func readField(_ key: String, value: Node, into step: inout ProcessStep) -> Bool {
    switch key {
    case "id": return true
    case "title":
      guard let title = value.scalar?.string, !title.isEmpty else {
        report(.wrongType(key: key, expected: "one line of text"), at: value)
        return false
      }
      step.title = title
    case "action":
      step.actions = actions(value)
      return !step.actions.isEmpty
    case "kind":
      guard let kind = value.scalar.flatMap({ ProcessStep.Kind(rawValue: $0.string) }) else {
        report(.unknownKind(value.scalar?.string ?? ""), at: value)
        return false
      }
      step.kind = kind
    case "after":
      for (ref, node) in scalars(value, key: key) ?? [] {
        step.after.append(ref)
        reference(from: step.id, to: ref, ordering: true, at: node)
      }
    case "when": step.when = conditions(value, key: key)
    case "unless": step.unless = conditions(value, key: key)
    case "within": step.within = deadline(value, key: key, step: step.id)
    case "not_before": step.notBefore = deadline(value, key: key, step: step.id)
    case "language":
      guard let rule = value.scalar.flatMap({ ProcessStep.LanguageRule(rawValue: $0.string) }) else {
        report(.unknownLanguageRule(value.scalar?.string ?? ""), at: value)
        return false
      }
      step.language = rule
    case "requires":
      step.requires = (scalars(value, key: key) ?? []).map(\.0)
    case "expect":
      guard let map = value.mapping else {
        report(.wrongType(key: key, expected: "a map such as {level: 1}"), at: value)
        return false
      }
      for (parameter, expected) in map {
        guard let name = parameter.string, let text = expected.scalar?.string else {
          report(.wrongType(key: key, expected: "parameter: value pairs"), at: parameter)
          continue
        }
        step.expect[name] = text
      }
    case "weight":
      guard let weight = integer(value, key: key, range: 1...10) else { return false }
      step.weight = weight
    case "section":
      guard let section = value.scalar?.string, !section.isEmpty else {
        report(.wrongType(key: key, expected: "a heading anchor such as `first-contact`"), at: value)
        return false
      }
      step.section = section
      result.sections.append(.init(anchor: section, position: yaml.position(of: value)))
    default:
      return false
    }
    return true
  }

  private mutating func actions(_ node: Node) -> [ProcessAction] {
    var actions: [ProcessAction] = []
    for (name, item) in scalars(node, key: "action") ?? [] {
      if let action = ProcessAction(rawValue: name) {
        actions.append(action)
      } else {
        let suggestion = NameSuggestion.nearest(to: name, in: ProcessAction.allCases.map(\.rawValue))
        report(.unknownAction(name, suggestion: suggestion), at: item)
      }
    }
    return actions
  }

  private mutating func conditions(_ node: Node, key: String) -> [ProcessCondition] {
    var conditions: [ProcessCondition] = []
    for (name, item) in scalars(node, key: key) ?? [] {
      guard let condition = ProcessCondition(rawValue: name) else {
        let suggestion = NameSuggestion.nearest(to: name, in: ProcessCondition.named.map(\.rawValue))
        report(.unknownCondition(name, suggestion: suggestion), at: item)
        continue
      }
      if condition == .disputeOverdue { result.disputeOverdueUse = yaml.position(of: item) }
      conditions.append(condition)
    }
    return conditions
  }

  private mutating func deadline(_ node: Node, key: String, step: String) -> ProcessDeadline? {
    guard let map = node.mapping, let daysNode = map["days"], let ofNode = map["of"] else {
      report(.wrongType(key: key, expected: "{days: N, of: EVENT}"), at: node)
      return nil
    }
    for (extra, _) in map where !["days", "of"].contains(extra.string ?? "") {
      report(.unknownKey(extra.string ?? "", suggestion: nil), at: extra)
    }
    guard EmbeddedYAML.isInteger(daysNode), let days = daysNode.int else {
      report(.wrongType(key: "\(key).days", expected: "a whole number of days"), at: daysNode)
      return nil
    }
    guard days >= 0 else {
      report(.negativeDays(key: key, days: days), at: daysNode)
      return nil
    }
    let name = ofNode.scalar?.string ?? ""
    guard let event = ProcessEvent(rawValue: name) else {
      let suggestion = NameSuggestion.nearest(to: name, in: ProcessEvent.named.map(\.rawValue))
      report(.unknownEvent(name, suggestion: suggestion), at: ofNode)
      return nil
    }
    if case .step(let target) = event { reference(from: step, to: target, ordering: false, at: ofNode) }
    if event == .disputeOverdue { result.disputeOverdueUse = yaml.position(of: ofNode) }
    return ProcessDeadline(days: days, of: event)
  }

  private mutating func reference(from: String, to: String, ordering: Bool, at node: Node) {
    result.references.append(
      .init(from: from, to: to, isOrdering: ordering, position: yaml.position(of: node)))
  }

  /// Checks that need several keys of the same step.
  private mutating func checkConsistency(of step: ProcessStep, at position: SourcePosition) {
    if step.kind == .forbidden, step.within != nil {
      report(.forbiddenWithDeadline(step: step.id), at: position)
    }
    guard !step.actions.isEmpty else { return }
    if step.language == .customer, !step.actions.contains(where: \.hasLanguage) {
      report(.languageWithoutParameter(step: step.id), at: position)
    }
    for parameter in step.requires + step.expect.keys.sorted()
    where !step.actions.allSatisfy({ $0.parameters.contains(parameter) }) {
      report(.unknownParameter(parameter, actions: step.actions.map(\.rawValue)), at: position)
    }
  }
}
