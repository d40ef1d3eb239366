import AcademyServices
import CaseSim
import CivilCalendar
import Foundation
import Hummingbird
import TrainingKit

/// The team dashboard: completion burn-up, who is late or at risk and why, raised risks to
/// answer, the score distribution and the coverage matrix.
enum TeamDashboard {
  static func page(
    _ app: WebApp, _ request: Request, _ context: WebContext, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let language = context.language
    let t = { (key: String) in UIText.text(key, language) }
    let reports = app.database.reports
    let overview = try reports.team(request.uri.queryParameters["team"].map(String.init))
    let (team, progress, names) = (overview.team, overview.progress, overview.printedNames)
    let today = reports.today
    var data: [String: Any] = [
      "teams": overview.teams.map { ["name": $0, "selected": $0 == team] },
      "team": team ?? "",
      "today": today.iso,
      "summary": summary(progress),
      "trainees": progress.sorted { ($1.level, $0.assignment.trainee) < ($0.level, $1.assignment.trainee) }
        .map { row($0, names: names, language: language) },
      "burnup": burnUp(progress, today: today, t: t),
      "xapi_since": today.adding(days: -90).iso,
      "team_query": team.map { "?team=\($0)" } ?? "",
    ]
    let attempts = overview.attempts
    data["has_burnup"] = !progress.isEmpty
    data["attempt_count"] = attempts.count
    data["pass_rate"] =
      attempts.isEmpty
      ? "–" : "\(Int((Double(attempts.filter(\.passed).count) * 100 / Double(attempts.count)).rounded())) %"
    data["scores"] = ScoreHistogram.svg(
      ScoreHistogram.bands(attempts.map(\.score)), title: t("team_scores"), countLabel: t("team_attempts"))
    data["risks"] = openRisks(overview.openRisks, names: names)
    data["coverage"] = coverage(overview.coverage, names: names)
    if let error { data["error"] = error }
    return try await app.page("team/dashboard", title: t("team_title"), data, context, status: status)
  }

  static func answerRisk(_ app: WebApp, _ context: WebContext) async throws -> Response {
    guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw PageError.notFound }
    let manager = try app.database.users.signer(named: try context.signedIn().name)
    guard let answer = context.form["answer"] else {
      return await app.redirect(
        "/team#risks", flash: UIText.text("team_answer_empty", context.language), context)
    }
    do {
      let risk = try app.database.plans.answerRisk(id, answer: answer, by: manager)
      let text = String(format: UIText.text("team_answered", context.language), risk.trainee)
      return await app.redirect("/team#risks", flash: text, context)
    } catch let error as TrainingError {
      return await app.redirect("/team#risks", flash: UIText.error(error, context.language), context)
    }
  }

  private static func summary(_ progress: [TraineeProgress]) -> [String: Any] {
    let items = progress.reduce(0) { $0 + $1.items.count }
    let done = progress.reduce(0) { $0 + $1.done }
    return [
      "trainees": progress.count,
      "completion": items == 0 ? "–" : "\(Int((Double(done) * 100 / Double(items)).rounded())) %",
      "late": progress.filter { $0.level == .late }.count,
      "at_risk": progress.filter { $0.level == .atRisk }.count,
      "overdue_items": progress.reduce(0) { $0 + $1.overdue },
    ]
  }

  private static func row(_ entry: TraineeProgress, names: [String: String], language: UILanguage) -> [String:
    Any]
  {
    let assignment = entry.assignment
    return [
      "name": names[assignment.trainee] ?? assignment.trainee,
      "user": assignment.trainee,
      "plan": assignment.title(in: language.rawValue).text,
      "team": assignment.team ?? "",
      "start": assignment.startOn.iso,
      "due": assignment.dueOn.iso,
      "done": entry.done,
      "total": entry.items.count,
      "overdue": entry.overdue,
      "completion": Int(entry.completion.rounded()),
      "forecast": entry.forecast.completionOn.iso,
      "late_forecast": entry.forecast.completionOn > assignment.dueOn,
      "level": UIText.text(
        "team_level_\(entry.level.rawValue.replacingOccurrences(of: " ", with: "_"))", language),
      "badge": entry.level == .late ? "bad" : entry.level == .atRisk ? "warn" : "good",
      "reasons": entry.reasons.map { UIText.riskReason($0, language) },
      "has_reasons": !entry.reasons.isEmpty,
    ]
  }

  private static func burnUp(_ progress: [TraineeProgress], today: CivilDate, t: (String) -> String) -> String
  {
    let starts = progress.map(\.assignment.startOn)
    let dues = progress.map(\.assignment.dueOn)
    guard let start = starts.min(), let due = dues.max() else { return "" }
    let series = BurnUpChart.series(
      completions: progress.flatMap { $0.items.compactMap(\.completedOn) },
      scope: progress.reduce(0) { $0 + $1.items.count }, start: start, due: due, today: today)
    return BurnUpChart.svg(
      series,
      labels: (t("team_burnup"), t("team_burnup_done"), t("team_burnup_scope"), t("team_burnup_ideal")))
  }

  private static func openRisks(_ risks: [NamedRisk], names: [String: String]) -> [[String: Any]] {
    risks.filter(\.risk.isOpen).compactMap { named in
      let risk = named.risk
      guard let id = risk.id else { return nil }
      return [
        "id": id, "trainee": names[risk.trainee] ?? risk.trainee, "item": named.item,
        "reason": risk.reason, "commit_on": risk.commitOn?.iso ?? "",
        "raised": String(risk.raisedAt.prefix(10)),
      ]
    }
  }

  private static func coverage(_ matrix: CoverageMatrix, names: [String: String]) -> [String: Any] {
    // Every person the matrix looked at is a column, qualified for something or not: a team
    // where nobody is qualified yet shows who is in training for what.
    let people = matrix.people
    return [
      "people": people.map { names[$0] ?? $0 },
      "has_people": !people.isEmpty,
      "rows": matrix.rows.map { row -> [String: Any] in
        [
          "sop": row.sopID, "title": row.title, "revision": row.revision, "no_backup": row.noBackup,
          "count": row.qualified.count,
          "cells": people.map { name -> [String: Any] in
            let qualified = row.qualified.contains(name)
            return ["qualified": qualified, "training": !qualified && row.inTraining.contains(name)]
          },
        ]
      },
      "no_backup_count": matrix.rows.filter(\.noBackup).count,
      "any_no_backup": matrix.rows.contains(where: \.noBackup),
    ]
  }
}
