import Yams

extension ScenarioReader {
  static let personaKeys = [
    "type", "answer_probability", "promise_keep_probability", "dispute_probability", "partial_payment_share",
    "broken_promises", "pays_after_contact_days",
  ]

  mutating func personas(_ node: Node) -> Weighted<Persona>? {
    if node.mapping != nil {
      return persona(node, "persona", weighted: false).map { Weighted($0.0) }
    }
    guard let sequence = node.sequence, !sequence.isEmpty else {
      report(
        node, "persona must be a mapping, or a non-empty list of mappings with weights", rule: "scenario-type"
      )
      return nil
    }
    var choices: [Weighted<Persona>.Choice] = []
    for (index, item) in sequence.enumerated() {
      if let (persona, weight) = persona(item, "persona[\(index + 1)]", weighted: true) {
        choices.append(.init(value: persona, weight: weight))
      }
    }
    return choices.isEmpty ? nil : Weighted(choices: choices)
  }

  private mutating func persona(_ node: Node, _ keyPath: String, weighted: Bool) -> (Persona, Int)? {
    let allowed = weighted ? Self.personaKeys + ["weight"] : Self.personaKeys
    let required = weighted ? ["type", "weight"] : ["type"]
    guard let values = fields(node, at: keyPath, allowed: allowed, required: required),
      let typeText = choice(values["type"], "\(keyPath).type", from: PersonaType.allCases.map(\.rawValue)),
      let type = PersonaType(rawValue: typeText)
    else { return nil }
    var persona = Persona(type: type)
    if let value = values["answer_probability"].flatMap({ probability($0, "\(keyPath).answer_probability") })
    {
      persona.answerProbability = value
    }
    if let value = values["promise_keep_probability"].flatMap({
      probability($0, "\(keyPath).promise_keep_probability")
    }) {
      persona.promiseKeepProbability = value
    }
    if let value = values["dispute_probability"].flatMap({ probability($0, "\(keyPath).dispute_probability") }
    ) {
      persona.disputeProbability = value
    }
    if let value = values["partial_payment_share"].flatMap({
      probability($0, "\(keyPath).partial_payment_share")
    }) {
      persona.partialPaymentShare = value
    }
    if let value = values["broken_promises"].flatMap({ int($0, "\(keyPath).broken_promises", in: 0...20) }) {
      persona.brokenPromises = value
    }
    if let node = values["pays_after_contact_days"],
      let value = intRange(node, "\(keyPath).pays_after_contact_days", in: 0...60)
    {
      persona.paysAfterContactDays = value
    }
    var weight = 1
    if weighted, let value = int(values["weight"], "\(keyPath).weight", in: 1...1_000_000) { weight = value }
    return (persona, weight)
  }

  static let eventKeys = [
    "day", "type", "invoice", "amount", "share", "reason", "promised_day", "published_day", "declared_day",
    "outcome",
    "channel",
  ]

  mutating func events(_ node: Node) -> [ScenarioEvent] {
    guard let sequence = node.sequence else {
      report(node, "events must be a list", rule: "scenario-type")
      return []
    }
    var events: [ScenarioEvent] = []
    for (index, item) in sequence.enumerated() {
      if let event = event(item, "events[\(index + 1)]") { events.append(event) }
    }
    return events
  }

  private mutating func event(_ node: Node, _ keyPath: String) -> ScenarioEvent? {
    guard let values = fields(node, at: keyPath, allowed: Self.eventKeys, required: ["day", "type"]),
      let day = int(values["day"], "\(keyPath).day", in: -3650...3650),
      let kindText = choice(
        values["type"], "\(keyPath).type", from: ScenarioEvent.Kind.allCases.map(\.rawValue)),
      let kind = ScenarioEvent.Kind(rawValue: kindText)
    else { return nil }
    var event = ScenarioEvent(day: day, kind: kind, line: node.mark?.line ?? 0)
    if let node = values["invoice"], let text = string(node, "\(keyPath).invoice") {
      event.invoice = InvoiceSelector(text: text)
      if event.invoice == nil {
        report(
          node,
          "\(keyPath).invoice '\(text)' must be oldest, newest, largest, smallest, all or a position (1, 2...)",
          rule: "scenario-type")
      }
    }
    event.amount = values["amount"].flatMap { amount($0, "\(keyPath).amount") }
    event.share = values["share"].flatMap { probability($0, "\(keyPath).share") }
    if let node = values["reason"] {
      event.reason = choice(node, "\(keyPath).reason", from: DisputeReason.allCases.map(\.rawValue))
        .flatMap(DisputeReason.init(rawValue:))
    }
    event.promisedDay = values["promised_day"].flatMap {
      int($0, "\(keyPath).promised_day", in: -3650...3650)
    }
    event.publishedDay = values["published_day"].flatMap {
      int($0, "\(keyPath).published_day", in: -3650...3650)
    }
    event.declaredDay = values["declared_day"].flatMap {
      int($0, "\(keyPath).declared_day", in: -3650...3650)
    }
    if let node = values["outcome"] {
      event.outcome = choice(node, "\(keyPath).outcome", from: ResolverOutcome.allCases.map(\.rawValue))
        .flatMap(ResolverOutcome.init(rawValue:))
    }
    event.channel = values["channel"].flatMap { choice($0, "\(keyPath).channel", from: ["call", "email"]) }
    return event
  }
}

extension ScenarioEvent {
  init(day: Int, kind: Kind, line: Int) {
    self.init(
      day: day, kind: kind, invoice: nil, amount: nil, share: nil, reason: nil, promisedDay: nil,
      publishedDay: nil, outcome: nil, channel: nil, line: line)
  }
}
