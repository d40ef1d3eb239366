import Yams

extension ProcessParser {
  /// Reads one step. Returns nil when a required key is missing or unusable (the problem is
  /// recorded); optional keys with errors are left out of the step.
  mutating func readStep(_ node: Node) -> ProcessStep? {
    guard let mapping = node.mapping else {
      report(.wrongType(key: "steps", expected: "a list of maps, each step starting with '- id:'"), at: node)
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
    case "values":
      guard let map = value.mapping else {
        report(.wrongType(key: key, expected: "a map such as {amount: {equals: credit_balance}}"), at: value)
        return false
      }
      step.values = map.flatMap { valueRules($0.key, $0.value) }
    case "critical":
      guard let flag = value.scalar?.string, flag == "true" || flag == "false" else {
        report(.wrongType(key: key, expected: "true or false"), at: value)
        return false
      }
      step.critical = flag == "true"
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

  /// Test keys of a value rule (`tolerance` goes with `equals` and `covers`).
  static let valueTests = ["equals", "covers", "cover", "no_later_than", "within"]

  /// One `values` entry: `amount: {equals: credit_balance, tolerance: 0.01}`. A subject may
  /// take several tests (`instalments: {within: plan_limits, covers: overdue_balance}`).
  private mutating func valueRules(_ subjectNode: Node, _ ruleNode: Node) -> [ValueRule] {
    let name = subjectNode.string ?? ""
    guard let subject = ValueRule.Subject(rawValue: name) else {
      let names = ValueRule.Subject.allCases.map(\.rawValue)
      report(
        .unknownValueSubject(name, suggestion: NameSuggestion.nearest(to: name, in: names)), at: subjectNode)
      return []
    }
    guard let map = ruleNode.mapping else {
      report(.wrongType(key: "values.\(name)", expected: "a map such as {equals: FIGURE}"), at: ruleNode)
      return []
    }
    var tolerance = 1
    var tests: [(key: String, figure: String, node: Node)] = []
    for (keyNode, valueNode) in map {
      let key = keyNode.string ?? ""
      if key == "tolerance" {
        guard let cents = valueNode.scalar.flatMap({ Self.cents($0.string) }) else {
          report(
            .wrongType(key: "values.\(name).tolerance", expected: "an amount such as 0.01"), at: valueNode)
          return []
        }
        tolerance = cents
      } else if Self.valueTests.contains(key) {
        tests.append((key, valueNode.scalar?.string ?? "", valueNode))
      } else {
        let suggestion = NameSuggestion.nearest(to: key, in: Self.valueTests + ["tolerance"])
        report(.unknownKey(key, suggestion: suggestion), at: keyNode)
        return []
      }
    }
    if tests.isEmpty {
      report(
        .wrongType(key: "values.\(name)", expected: "a test: equals, covers, cover, no_later_than or within"),
        at: ruleNode)
    }
    return tests.compactMap { test in
      guard let parsed = valueTest(test.key, test.figure, at: test.node, tolerance: tolerance) else {
        return nil
      }
      let rule = ValueRule(subject, parsed)
      guard rule.isWellFormed else {
        report(.valueTestNotForSubject(subject: name, test: test.key), at: ruleNode)
        return nil
      }
      return rule
    }
  }

  private mutating func valueTest(_ key: String, _ figure: String, at node: Node, tolerance: Int)
    -> ValueRule.Test?
  {
    switch key {
    case "equals", "covers":
      guard let amount = ValueRule.Amount(rawValue: figure) else {
        return unknownFigure(figure, in: ValueRule.Amount.allCases.map(\.rawValue), at: node)
      }
      return key == "equals"
        ? .equals(amount, toleranceCents: tolerance) : .covers(amount, toleranceCents: tolerance)
    case "cover":
      guard let invoices = ValueRule.Invoices(rawValue: figure) else {
        return unknownFigure(figure, in: ValueRule.Invoices.allCases.map(\.rawValue), at: node)
      }
      return .cover(invoices)
    case "no_later_than":
      guard let date = ValueRule.Date(rawValue: figure) else {
        return unknownFigure(figure, in: ValueRule.Date.allCases.map(\.rawValue), at: node)
      }
      return .noLaterThan(date)
    default:
      guard figure == "plan_limits" else { return unknownFigure(figure, in: ["plan_limits"], at: node) }
      result.planLimitsUse = yaml.position(of: node)
      return .withinPlanLimits
    }
  }

  private mutating func unknownFigure(_ name: String, in names: [String], at node: Node) -> ValueRule.Test? {
    report(.unknownFigure(name, suggestion: NameSuggestion.nearest(to: name, in: names)), at: node)
    return nil
  }

  /// `0.01` -> 1, `5` -> 500; nil for anything else (negative, more than two decimals).
  static func cents(_ text: String) -> Int? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let units = Int(parts[0]), units >= 0, units < 1_000_000 else { return nil }
    guard parts.count == 2 else { return units * 100 }
    let decimals = parts[1]
    guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCII), let fraction = Int(decimals)
    else {
      return nil
    }
    return units * 100 + (decimals.count == 1 ? fraction * 10 : fraction)
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
    for parameter in step.requires + step.expect.keys.sorted() + step.values.compactMap(\.subject.parameter)
    where !step.actions.allSatisfy({ $0.parameters.contains(parameter) }) {
      report(.unknownParameter(parameter, actions: step.actions.map(\.rawValue)), at: position)
    }
  }
}
