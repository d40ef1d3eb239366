import Foundation

extension ScoreReport {
  /// The report as text in `feedback`'s language: score, verdict, findings with their section
  /// links, outcome, rules broken and (optionally) the transcript, which stays as logged.
  public func text(transcript: Bool = true, in feedback: Feedback = .english) -> String {
    var lines = [
      feedback("report.scenario", ["scenario": scenarioID, "seed": String(seed)]),
      feedback(
        "report.score",
        [
          "score": String(score), "pass_mark": String(passMark),
          "verdict": feedback(passed ? "report.pass" : "report.fail"),
        ]),
      "",
    ]
    let breaches = criticalBreaches
    if !breaches.isEmpty {
      lines.append(feedback("report.critical", ["count": String(breaches.count)]))
      for result in breaches {
        lines.append(
          feedback(
            "report.critical_finding",
            ["sop": result.sopID, "step": result.stepID, "title": result.title(in: feedback)]))
        lines.append(feedback("report.happened", ["text": result.happened(in: feedback)]))
        lines.append(feedback("report.see", ["link": result.link(in: feedback).text(in: feedback)]))
      }
      lines.append("")
    }
    let found = findings
    lines.append(
      found.isEmpty
        ? feedback("report.findings_none") : feedback("report.findings", ["count": String(found.count)]))
    for result in found {
      lines.append(
        feedback(
          "report.finding",
          [
            "sop": result.sopID, "step": result.stepID, "status": result.status.name(in: feedback),
            "weight": String(result.weight), "title": result.title(in: feedback),
          ]))
      lines.append(feedback("report.happened", ["text": result.happened(in: feedback)]))
      lines.append(feedback("report.expected", ["text": result.expected(in: feedback)]))
      lines.append(feedback("report.see", ["link": result.link(in: feedback).text(in: feedback)]))
    }
    let done = results.filter { $0.counted && $0.status == .done }.map { "\($0.sopID) \($0.stepID)" }
    if !done.isEmpty { lines += ["", feedback("report.done", ["steps": done.joined(separator: ", ")])] }
    let skipped = results.filter { $0.status == .notApplicable }.map { "\($0.sopID) \($0.stepID)" }
    if !skipped.isEmpty {
      lines.append(feedback("report.not_applicable", ["steps": skipped.joined(separator: ", ")]))
    }
    lines += ["", feedback("report.outcome")] + outcome.lines(in: feedback)
    let violations = record.violations
    if !violations.isEmpty {
      lines += ["", feedback("report.violations")]
      lines += violations.map {
        feedback("report.violation", ["day": String($0.day), "text": $0.text(in: feedback)])
      }
    }
    if transcript {
      lines += ["", feedback("report.transcript")] + record.transcript.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as JSON (keys sorted, so the output is stable); `happened`, `expected`, titles,
  /// links and rules broken in `feedback`'s language, codes and amounts as they are.
  public func json(in feedback: Feedback = .english) -> String {
    let payload = ReportPayload(self, feedback)
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

  init(_ report: ScoreReport, _ feedback: Feedback) {
    scenario = report.scenarioID
    seed = report.seed
    score = report.score
    pass_mark = report.passMark
    passed = report.passed
    let convert = { (result: StepResult) in
      let link = result.link(in: feedback)
      return Finding(
        sop: result.sopID, revision: result.revision, step: result.stepID, title: result.title(in: feedback),
        status: result.status.rawValue, critical: result.isCritical, critical_breach: result.isCriticalBreach,
        weight: result.weight, counted: result.counted, earned: result.earned,
        happened: result.happened(in: feedback), expected: result.expected(in: feedback),
        section: link.heading, link: link.reference, href: link.href)
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
    violations = report.record.violations.map {
      feedback("report.violation", ["day": String($0.day), "text": $0.text(in: feedback)])
        .trimmingCharacters(in: .whitespaces)
    }
    transcript = report.record.transcript
  }
}
