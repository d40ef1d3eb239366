import Foundation

extension ScoreReport {
  /// The report as text: score, verdict, findings with their section links, outcome,
  /// violations and (optionally) the transcript.
  public func text(transcript: Bool = true) -> String {
    var lines = [
      "Scenario \(scenarioID), seed \(seed)",
      "Score \(score)/100, pass mark \(passMark): \(passed ? "PASS" : "FAIL")",
      "",
    ]
    let breaches = criticalBreaches
    if !breaches.isEmpty {
      lines.append("Critical breach: the attempt fails whatever the points (\(breaches.count)):")
      for result in breaches {
        lines.append("- \(result.sopID) \(result.stepID): \(result.title)")
        lines.append("    happened: \(result.happened)")
        lines.append("    see: \(result.link.text)")
      }
      lines.append("")
    }
    let found = findings
    lines.append(found.isEmpty ? "Findings: none" : "Findings (\(found.count)):")
    for result in found {
      lines.append(
        "- \(result.sopID) \(result.stepID) [\(result.status.rawValue), weight \(result.weight)]: \(result.title)"
      )
      lines.append("    happened: \(result.happened)")
      lines.append("    expected: \(result.expected)")
      lines.append("    see: \(result.link.text)")
    }
    let done = results.filter { $0.counted && $0.status == .done }.map { "\($0.sopID) \($0.stepID)" }
    if !done.isEmpty { lines += ["", "Done as the SOP asks: " + done.joined(separator: ", ")] }
    let skipped = results.filter { $0.status == .notApplicable }.map { "\($0.sopID) \($0.stepID)" }
    if !skipped.isEmpty { lines.append("Not applicable: " + skipped.joined(separator: ", ")) }
    lines += ["", "Outcome:"]
    lines.append("  cash collected: \(outcome.cashCollected)")
    lines.append("  interest and EUR 40 due: \(outcome.interestDue), claimed: \(outcome.interestClaimed)")
    if let filed = outcome.insolvencyClaimFiled { lines.append("  insolvency claim filed: \(filed)") }
    lines.append("  days to resolution: \(outcome.daysToResolution.map(String.init) ?? "not resolved")")
    lines.append("  promises kept: \(outcome.promisesKept) of \(outcome.promisesEvaluated)")
    lines.append("  open at the end: \(outcome.openAtEnd)")
    let violations = record.violations
    if !violations.isEmpty {
      lines += ["", "Violations:"] + violations.map { "  day \($0.day): \($0.text)" }
    }
    if transcript {
      lines += ["", "Transcript:"] + record.transcript.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as JSON (keys sorted, so the output is stable).
  public func json() -> String {
    let payload = ReportPayload(self)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(payload), let text = String(data: data, encoding: .utf8) else {
      return "{}\n"
    }
    return text + "\n"
  }
}

/// The JSON shape of a report (snake_case keys, amounts as decimal strings).
struct ReportPayload: Encodable {
  struct Finding: Encodable {
    var sop: String
    var revision: String
    var step: String
    var title: String
    var status: String
    var critical: Bool
    var critical_breach: Bool
    var weight: Int
    var counted: Bool
    var earned: Double
    var happened: String
    var expected: String
    var section: String
    var link: String
    var href: String
  }

  struct Outcome: Encodable {
    var cash_collected: String
    var interest_due: String
    var interest_claimed: String
    var insolvency_claim_filed: String?
    var days_to_resolution: Int?
    var promises_kept: Int
    var promises_evaluated: Int
    var open_at_end: String
  }

  var scenario: String
  var seed: UInt64
  var score: Int
  var pass_mark: Int
  var passed: Bool
  var critical_breaches: [Finding]
  var findings: [Finding]
  var steps: [Finding]
  var outcome: Outcome
  var violations: [String]
  var transcript: [String]

  init(_ report: ScoreReport) {
    scenario = report.scenarioID
    seed = report.seed
    score = report.score
    pass_mark = report.passMark
    passed = report.passed
    let convert = { (result: StepResult) in
      Finding(
        sop: result.sopID, revision: result.revision, step: result.stepID, title: result.title,
        status: result.status.rawValue, critical: result.isCritical, critical_breach: result.isCriticalBreach,
        weight: result.weight, counted: result.counted, earned: result.earned,
        happened: result.happened, expected: result.expected, section: result.link.heading,
        link: result.link.reference, href: result.link.href)
    }
    critical_breaches = report.criticalBreaches.map(convert)
    findings = report.findings.map(convert)
    steps = report.results.map(convert)
    let figures = report.outcome
    outcome = Outcome(
      cash_collected: figures.cashCollected.decimalString, interest_due: figures.interestDue.decimalString,
      interest_claimed: figures.interestClaimed.decimalString,
      insolvency_claim_filed: figures.insolvencyClaimFiled?.decimalString,
      days_to_resolution: figures.daysToResolution,
      promises_kept: figures.promisesKept, promises_evaluated: figures.promisesEvaluated,
      open_at_end: figures.openAtEnd.decimalString)
    violations = report.record.violations.map { "day \($0.day): \($0.text)" }
    transcript = report.record.transcript
  }
}
