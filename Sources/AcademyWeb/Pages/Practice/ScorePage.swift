import AcademyServices
import CaseSim
import Foundation
import Hummingbird

/// Finishing a case (`POST /cases/:case/finish`): the clock runs to the case's last day, the
/// scorer replays the log against the governing revisions, and the attempt goes on the
/// trainee's record once. `GET /cases/:case/score` shows the score again.
enum ScorePage {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.post("/cases/:case/finish", .only(.trainee)) { _, context in
      try await finish(app, context)
    }
    routes.get("/cases/:case/score", .only(.trainee)) { _, context in
      let live = try await WorkbenchPage.liveCase(app, context)
      guard let report = live.report else { return .redirect(to: "/cases/\(live.id)") }
      return try await page(app, context, live, report)
    }
  }

  private static func finish(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    let existing = try await WorkbenchPage.liveCase(app, context)
    guard let finished = try app.practice.finish(existing.id, trainee: user.name) else {
      throw PageError.notFound
    }
    let report = finished.report
    if let failure = finished.failure {
      if StorageFailure.isDiskFull(failure) { throw failure }
      // The score stands; only the record failed (a locked database, an item now waiting).
      // Nothing was written: finishing again retries, so the trainee does not lose the attempt.
      app.logger.error("attempt not recorded", metadata: ["user": "\(user.name)", "error": "\(failure)"])
      return try await page(
        app, context, finished.practiceCase, report,
        error: text.format("prac_record_failed", failure.localizedDescription), status: .serviceUnavailable)
    }
    guard finished.finishedNow else { return .redirect(to: "/cases/\(existing.id)/score", type: .normal) }
    app.logger.info(
      "case scored",
      metadata: ["user": "\(user.name)", "scenario": "\(report.scenarioID)", "score": "\(report.score)"])
    return await app.redirect("/cases/\(existing.id)/score", flash: text("prac_attempt_recorded"), context)
  }

  private static func page(
    _ app: WebApp, _ context: WebContext, _ live: PracticeCase, _ report: ScoreReport, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let text = PracticeText(context)
    let words = text.feedback
    let title = text.title(of: live.attempt.scenario)
    let outcome = report.outcome
    var data: [String: Any] = [
      "case_id": live.id, "title": title.title, "title_lang": title.lang, "scenario_id": report.scenarioID,
      "seed": String(live.seed), "score": String(report.score), "pass_mark": String(report.passMark),
      "kind": text("prac_kind_\(live.kind.rawValue)"),
      "passed": report.passed,
      "verdict": text.format(
        report.passed ? "prac_verdict_pass" : "prac_verdict_fail", String(report.score),
        String(report.passMark)),
      "findings": report.findings.map { row(for: $0, text) }, "has_findings": !report.findings.isEmpty,
      "results": report.results.filter(\.counted).map { row(for: $0, text) },
      "governing": live.attempt.processes.map {
        ["sop": $0.sopID, "revision": $0.revision, "title": $0.title, "href": "/sops/\($0.sopID)"]
      },
      "violations": report.record.violations.map {
        text.format("prac_violation", String($0.day), $0.text(in: words))
      },
      "outcome": [
        ["label": text("prac_out_cash"), "value": outcome.cashCollected.text(in: words)],
        ["label": text("prac_out_open"), "value": outcome.openAtEnd.text(in: words)],
        ["label": text("prac_out_interest_due"), "value": outcome.interestDue.text(in: words)],
        ["label": text("prac_out_interest_claimed"), "value": outcome.interestClaimed.text(in: words)],
        [
          "label": text("prac_out_insolvency"),
          "value": outcome.insolvencyClaimFiled?.text(in: words) ?? text("prac_none"),
        ],
        [
          "label": text("prac_out_resolution"),
          "value": outcome.daysToResolution.map { text.format("prac_days", String($0)) }
            ?? text("prac_not_resolved"),
        ],
        [
          "label": text("prac_out_promises"),
          "value": text.format(
            "prac_promises_kept", String(outcome.promisesKept), String(outcome.promisesEvaluated)),
        ],
      ],
      "transcript": text.transcript(live.simulation), "styles": ["practice.css"],
    ]
    data["has_violations"] = !report.record.violations.isEmpty
    if let error { data["error"] = error }
    return try await app.page(
      "practice/score", title: text.format("prac_score_title", title.title),
      data, context,
      status: status)
  }

  private static func row(for result: StepResult, _ text: PracticeText) -> [String: Any] {
    let badge: String
    switch result.status {
    case .done: badge = "good"
    case .late, .outOfOrder: badge = "warn"
    case .missed, .forbidden: badge = "bad"
    case .notApplicable: badge = ""
    }
    let words = text.feedback
    let link = result.link(in: words)
    return [
      "sop": result.sopID, "revision": result.revision,
      "title": result.title(in: words),
      "status": text("prac_status_\(result.status.rawValue)"), "badge": badge,
      "expected": result.expected(in: words), "happened": result.happened(in: words),
      "weight": String(result.weight), "earned": PracticeText.score(result.earned),
      "href": href(link), "heading": link.heading, "section_sop": link.sopID,
      "section_revision": link.revision,
    ]
  }

  /// The SOP page at the section, at the revision the finding was scored against (a working
  /// copy has no revision page: the one in force opens).
  static func href(_ link: SectionLink) -> String {
    let revision = link.revision == GoverningProcess.workingCopy ? "" : "?rev=\(link.revision)"
    return "/sops/\(link.sopID)\(revision)#\(link.anchor)"
  }
}
