import SOPKit
import Yams

extension Scenario {
  static let topLevelKeys = [
    "id", "title", "sops", "difficulty", "as_of", "case_days", "pass_mark", "behaviour", "customer",
    "invoices", "history", "persona", "events", "objectives", "briefing", "written_in", "translations",
  ]
  static let segments = [
    "manufacturing", "wholesale", "retail", "logistics", "construction", "hospitality", "healthcare",
    "technology", "services", "agriculture", "public_sector",
  ]
  static let difficultyWords = ["beginner": 1, "intermediate": 3, "advanced": 5]

  /// Parses a scenario file; the scenario is nil when a required part could not be read.
  /// Findings carry the line and column of the offending YAML node.
  public static func load(_ file: SourceFile) -> (scenario: Scenario?, findings: [Finding]) {
    var reader = ScenarioReader(path: file.path)
    let root: Node?
    do {
      root = try Yams.compose(yaml: file.text)
    } catch {
      let location = yamlErrorLocation(error)
      let finding = Finding(
        path: file.path, line: location.line, column: location.column, severity: .error,
        message: "not valid YAML: \(yamlProblem(error)); fix the syntax", rule: "scenario-yaml")
      return (nil, [finding])
    }
    guard let root, let top = reader.fields(root, at: "", allowed: topLevelKeys, required: requiredKeys)
    else {
      if root == nil {
        reader.report(nil, "the file is empty; see docs/scenario-format.md", rule: "scenario-yaml")
      }
      return (nil, reader.findings)
    }
    let scenario = reader.scenario(from: top, path: file.path)
    return (scenario, reader.findings)
  }

  static let requiredKeys = [
    "id", "title", "sops", "difficulty", "as_of", "customer", "invoices", "persona", "objectives", "briefing",
  ]

  private static func yamlErrorLocation(_ error: Error) -> ScenarioLocation {
    guard let yamlError = error as? YamlError else { return ScenarioLocation(line: 1, column: 1) }
    switch yamlError {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return ScenarioLocation(line: mark.line, column: mark.column)
    default:
      return ScenarioLocation(line: 1, column: 1)
    }
  }

  private static func yamlProblem(_ error: Error) -> String {
    guard let yamlError = error as? YamlError else { return "\(error)" }
    switch yamlError {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      return problem
    default:
      return "\(yamlError)".split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
  }
}

extension ScenarioReader {
  mutating func scenario(from top: [String: Node], path: String) -> Scenario? {
    let id = string(top["id"], "id")
    if let id, !Self.isValidID(id) {
      report(
        top["id"], "id '\(id)' must be lower-case letters, digits and '-', starting with a letter",
        rule: "scenario-type")
    }
    let title = string(top["title"], "title")
    let sops = strings(top["sops"], "sops")
    if let sops, sops.isEmpty {
      report(top["sops"], "sops must name at least one SOP id", rule: "scenario-required")
    }
    let level = self.difficulty(top["difficulty"])
    let asOf = date(top["as_of"], "as_of")
    let caseDays = top["case_days"] == nil ? 30 : int(top["case_days"], "case_days", in: 1...365)
    let passMark = top["pass_mark"] == nil ? 70 : int(top["pass_mark"], "pass_mark", in: 0...100)
    var behaviour = "default"
    if let node = top["behaviour"] {
      behaviour = choice(node, "behaviour", from: BehaviourProfile.all.map(\.name)) ?? "default"
    }
    let customer = top["customer"].flatMap { self.customerSpec($0) }
    let invoices = top["invoices"].flatMap { self.invoiceMix($0) }
    let history = top["history"] == nil ? IntRange(min: 6, max: 14) : historyCount(top["history"])
    let personaMix = top["persona"].flatMap { self.personas($0) }
    let scripted = top["events"].map { self.events($0) } ?? []
    let objectives = strings(top["objectives"], "objectives")
    if let objectives, objectives.isEmpty {
      report(top["objectives"], "objectives needs at least one entry", rule: "scenario-required")
    }
    let briefing = string(top["briefing"], "briefing")
    let writtenIn =
      top["written_in"] == nil
      ? "en" : choice(top["written_in"], "written_in", from: Scenario.textLanguages) ?? "en"
    let translations = self.translations(
      top["translations"], writtenIn: writtenIn, objectives: objectives?.count)
    guard let id, let title, let sops, let level, let asOf, let caseDays, let passMark, let customer,
      let invoices, let history, let personaMix, let objectives, let briefing
    else { return nil }
    return Scenario(
      id: id, title: title, sops: sops, difficulty: level, asOf: asOf, caseDays: caseDays,
      passMark: passMark, behaviour: behaviour, customer: customer, invoices: invoices,
      historyCount: history, personas: personaMix, events: scripted.sorted { $0.day < $1.day },
      objectives: objectives, briefing: briefing, writtenIn: writtenIn, translations: translations,
      path: path,
      locations: locations)
  }

  static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  mutating func difficulty(_ node: Node?) -> Int? {
    guard let text = string(node, "difficulty") else { return nil }
    if let level = Scenario.difficultyWords[text] { return level }
    guard let level = Int(text), (1...5).contains(level) else {
      report(
        node, "difficulty '\(text)' must be 1-5 or beginner, intermediate, advanced", rule: "scenario-type")
      return nil
    }
    return level
  }

  mutating func customerSpec(_ node: Node) -> CustomerSpec? {
    let keys = ["country", "language", "segment", "size", "credit_limit", "risk_class"]
    guard let values = fields(node, at: "customer", allowed: keys, required: ["country"]) else { return nil }
    let country = weighted(values["country"], "customer.country") {
      $0.choice($1, $2, from: Country.allCases.map(\.rawValue))
    }
    var language: String?
    if let node = values["language"] { language = choice(node, "customer.language", from: ["en", "es"]) }
    let segment =
      values["segment"] == nil
      ? Weighted("wholesale")
      : weighted(values["segment"], "customer.segment") {
        $0.choice($1, $2, from: Scenario.segments)
      }
    let size =
      values["size"] == nil
      ? Weighted(CompanySize.small)
      : weighted(values["size"], "customer.size") {
        $0.choice($1, $2, from: CompanySize.allCases.map(\.rawValue)).flatMap(CompanySize.init(rawValue:))
      }
    let creditLimit = values["credit_limit"].flatMap { amountRange($0, "customer.credit_limit") }
    let risk = values["risk_class"].flatMap { node in
      weighted(node, "customer.risk_class") { $0.choice($1, $2, from: ["A", "B", "C", "D", "E"]) }
    }
    guard let country, let segment, let size else { return nil }
    return CustomerSpec(
      country: country, language: language, segment: segment, size: size, creditLimit: creditLimit,
      riskClass: risk)
  }

  mutating func invoiceMix(_ node: Node) -> InvoiceMix? {
    let keys = ["currency", "terms_days", "tax_rate", "groups"]
    guard let values = fields(node, at: "invoices", allowed: keys, required: ["groups"]) else { return nil }
    let currency =
      values["currency"] == nil
      ? "EUR" : choice(values["currency"], "invoices.currency", from: ["EUR", "GBP"])
    let terms =
      values["terms_days"] == nil
      ? IntRange(min: 30, max: 30) : intRange(values["terms_days"], "invoices.terms_days", in: 0...120)
    var taxRate: Int?
    if let node = values["tax_rate"], let text = string(node, "invoices.tax_rate") {
      if let rate = Money(decimal: text), (0...5000).contains(rate.minorUnits) {
        taxRate = Int(rate.minorUnits)
      } else {
        report(
          node, "invoices.tax_rate '\(text)' must be a percentage from 0 to 50, e.g. \"21\"",
          rule: "scenario-range")
      }
    }
    var groups: [InvoiceGroup] = []
    if let groupsNode = values["groups"] {
      if let sequence = groupsNode.sequence, !sequence.isEmpty {
        for (index, item) in sequence.enumerated() {
          if let group = self.invoiceGroup(item, "invoices.groups[\(index + 1)]") { groups.append(group) }
        }
      } else {
        report(
          groupsNode, "invoices.groups must be a non-empty list of invoice groups", rule: "scenario-type")
      }
    }
    guard let currency, let terms, !groups.isEmpty else { return nil }
    return InvoiceMix(currency: currency, termsDays: terms, taxRateBasisPoints: taxRate, groups: groups)
  }

  mutating func invoiceGroup(_ node: Node, _ keyPath: String) -> InvoiceGroup? {
    let keys = ["count", "amount", "days_overdue"]
    guard let values = fields(node, at: keyPath, allowed: keys, required: keys) else { return nil }
    guard let count = intRange(values["count"], "\(keyPath).count", in: 0...50),
      let amount = amountRange(values["amount"], "\(keyPath).amount"),
      let overdue = intRange(values["days_overdue"], "\(keyPath).days_overdue", in: -120...720)
    else { return nil }
    return InvoiceGroup(count: count, amount: amount, daysOverdue: overdue)
  }

  mutating func historyCount(_ node: Node?) -> IntRange? {
    guard let node, let values = fields(node, at: "history", allowed: ["count"], required: ["count"]) else {
      return nil
    }
    return intRange(values["count"], "history.count", in: 0...200)
  }
}
