import SOPKit

/// Checks a scenario file against `docs/scenario-format.md`: the schema (through
/// `Scenario.load`), then the rules that need the whole scenario or the SOP library.
public struct ScenarioLinter: Sendable {
  /// SOP ids that exist; nil skips the check (no library at hand).
  public var knownSOPs: Set<String>?

  /// Creates a linter that checks SOP ids against `knownSOPs` (nil: do not check them).
  public init(knownSOPs: Set<String>?) {
    self.knownSOPs = knownSOPs
  }

  /// Every finding for `file`, in line order.
  public func lint(_ file: SourceFile) -> [Finding] {
    let (scenario, loadFindings) = Scenario.load(file)
    var findings = loadFindings
    if let scenario { findings += check(scenario) }
    return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }

  /// The rules beyond the schema.
  func check(_ scenario: Scenario) -> [Finding] {
    var findings: [Finding] = []
    func add(
      _ key: String, line: Int? = nil, _ message: String, _ rule: String,
      _ severity: Finding.Severity = .error
    ) {
      let location = scenario.locations[key]
      findings.append(
        Finding(
          path: scenario.path, line: line ?? location?.line ?? 0,
          column: line == nil ? location?.column ?? 0 : 0,
          severity: severity, message: message, rule: rule))
    }
    if let knownSOPs {
      for sop in scenario.sops where !knownSOPs.contains(sop) {
        add(
          "sops", "SOP '\(sop)' is not in the SOP library; use an existing id or add the SOP", "scenario-sop")
      }
    }
    let countries = scenario.customer.country.choices.map(\.value)
    if countries.contains("ES"), scenario.invoices.termsDays.max > Self.spanishMaximumTermsDays {
      add(
        "invoices.terms_days",
        "terms of \(scenario.invoices.termsDays.max) days exceed the 60-day maximum for Spanish B2B customers "
          + "(Ley 3/2004, art. 4); use 60 or fewer", "scenario-terms-es")
    }
    for (offset, group) in scenario.invoices.groups.enumerated()
    where group.daysOverdue.min <= -scenario.invoices.termsDays.min {
      add(
        "invoices.groups[\(offset + 1)].days_overdue",
        "days_overdue \(group.daysOverdue.min) with terms of \(scenario.invoices.termsDays.min) days would issue "
          + "invoices on or after as_of; keep days_overdue above -terms_days", "scenario-range")
    }
    let expectedID = Self.fileStem(scenario.path)
    if let expectedID, expectedID != scenario.id {
      add(
        "id", "id '\(scenario.id)' differs from the file name '\(expectedID)'; rename one", "scenario-id",
        .warning)
    }
    let fewestInvoices = scenario.invoices.groups.reduce(0) { $0 + $1.count.min }
    for event in scenario.events {
      for problem in eventProblems(event, caseDays: scenario.caseDays, fewestInvoices: fewestInvoices) {
        add(
          "events", line: event.line, "event '\(event.kind.rawValue)' on day \(event.day): \(problem)",
          "scenario-event")
      }
    }
    return findings
  }

  /// Ley 3/2004 (as amended by Ley 11/2013), art. 4: agreed B2B terms may not exceed 60 days.
  static let spanishMaximumTermsDays = 60

  private func eventProblems(_ event: ScenarioEvent, caseDays: Int, fewestInvoices: Int) -> [String] {
    var problems: [String] = []
    if !(0...caseDays).contains(event.day) {
      problems.append("day must be within the case, 0...\(caseDays) (case_days)")
    }
    if case .position(let position) = event.invoice, position > fewestInvoices {
      problems.append(
        "invoice \(position) does not exist when only \(fewestInvoices) invoice(s) are generated")
    }
    if event.amount != nil, event.share != nil {
      problems.append("give either amount or share, not both")
    }
    let needsInvoice: Set<ScenarioEvent.Kind> = [
      .payment, .partialPayment, .disputeRaised, .promiseMade, .creditNote, .resolverDecision,
    ]
    if needsInvoice.contains(event.kind), event.invoice == nil {
      problems.append("needs 'invoice' (oldest, newest, largest, smallest, all or a position)")
    }
    switch event.kind {
    case .partialPayment, .creditNote:
      if event.amount == nil, event.share == nil { problems.append("needs 'amount' or 'share'") }
    case .disputeRaised:
      if event.reason == nil { problems.append("needs 'reason' (a dispute reason code)") }
    case .promiseMade:
      if let promised = event.promisedDay {
        if promised <= event.day { problems.append("promised_day must come after the event's day") }
      } else {
        problems.append("needs 'promised_day'")
      }
    case .insolvencyDeclared:
      if let published = event.publishedDay {
        if published > event.day { problems.append("published_day must not come after the event's day") }
        if let declared = event.declaredDay, declared > published {
          problems.append(
            "declared_day must not come after published_day: the court order comes before its BOE publication"
          )
        }
      } else {
        problems.append("needs 'published_day'")
      }
    case .unappliedPayment:
      if event.amount == nil { problems.append("needs 'amount'") }
    case .resolverDecision:
      if event.outcome == nil { problems.append("needs 'outcome' (credit, rejected or partial)") }
      if event.outcome == .partial, event.share == nil { problems.append("a partial outcome needs 'share'") }
    case .inboundContact:
      if event.channel == nil { problems.append("needs 'channel' (call or email)") }
    case .payment, .promiseKept, .promiseBroken, .reconciliationRequest, .negotiationsNotified:
      break
    }
    return problems
  }

  static func fileStem(_ path: String) -> String? {
    guard let name = path.split(separator: "/").last, name.hasSuffix(".yaml") else { return nil }
    return String(name.dropLast(5))
  }
}
