import AcademyServices
import CaseSim
import CivilCalendar
import Foundation
import Hummingbird
import People
import TrainingKit

/// `/me/plan`: the trainee's plan, forecast and risk, the risks they raised and the form to
/// raise one (`POST /me/risks`). A manager sees the same page for one trainee, read-only, at
/// `/team/trainees/:user` (the dashboard links each trainee's name there).
enum PlanPage {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/me/plan", .only(.trainee)) { _, context in
      try await page(app, context)
    }
    routes.post("/me/risks", .only(.trainee)) { _, context in
      try await raiseRisk(app, context)
    }
    routes.get("/team/trainees/:user", .only(.manager)) { _, context in
      guard let name = context.parameters.get("user") else { throw PageError.notFound }
      // An unknown user is a 404; any other failure (the database) stays an error.
      let account: UserAccount
      do {
        account = try app.database.users.account(named: name)
      } catch PeopleError.unknownUser {
        throw PageError.notFound
      }
      return try await page(app, context, of: (account.name, account.fullName))
    }
    routes.post("/team/trainees/:user/sign-off", .only(.manager)) { _, context in
      try await signOff(app, context)
    }
  }

  /// A manager signs off one of the trainee's "your trainer signs this off" items, with a note.
  private static func signOff(_ app: WebApp, _ context: WebContext) async throws -> Response {
    guard let name = context.parameters.get("user"), let item = context.form["item"] else {
      throw PageError.notFound
    }
    let text = PracticeText(context)
    let back = "/team/trainees/\(name)"
    let manager = try app.database.users.signer(named: try context.signedIn().name)
    do {
      let signed = try app.database.plans.signOff(
        item, trainee: name, note: context.form["note"] ?? "", by: manager)
      return await app.redirect(back, flash: text.format("team_signed_off", signed.key), context)
    } catch TrainingError.emptyText {
      return await app.redirect(back, flash: text("team_sign_off_need_note"), context)
    } catch let error as TrainingError {
      return await app.redirect(back, flash: UIText.error(error, context.language), context)
    }
  }

  /// What the trainee typed into the risk form, kept when it is refused.
  struct RiskForm {
    var item = ""
    var reason = ""
    var commit = ""
    var error: String?
  }

  /// The signed-in trainee's page, or, with `trainee`, that trainee's as their manager sees it.
  static func page(
    _ app: WebApp, _ context: WebContext, of trainee: (name: String, fullName: String)? = nil,
    form: RiskForm = RiskForm(), status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    let mine = try app.database.plans.traineePlan(trainee?.name ?? user.name)
    let (plans, risks, attempts) = (mine.plans, mine.risks, mine.attempts)
    let scenarios = Dictionary(
      app.practice.scenarios().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var itemKeys: [Int64: String] = [:]
    var openItems: [[String: Any]] = []
    let rendered = plans.map { plan -> [String: Any] in
      for entry in plan.items {
        guard let id = entry.item.id else { continue }
        itemKeys[id] = entry.item.key
        if !entry.isDone {
          openItems.append([
            "id": String(id),
            "label":
              "\(entry.item.key): \(text.describe(entry.item, of: plan.assignment, scenarios: scenarios))",
            "selected": form.item == String(id),
          ])
        }
      }
      return render(plan, attempts, scenarios, text)
    }
    var data: [String: Any] = [
      "plans": rendered, "has_plan": !plans.isEmpty, "open_items": openItems,
      "has_open_items": !openItems.isEmpty,
      "risks": risks.map { risk -> [String: Any] in
        [
          "item": itemKeys[risk.itemID] ?? "#\(risk.itemID)", "reason": risk.reason,
          "commit": risk.commitOn?.iso ?? "", "raised": PracticeText.moment(risk.raisedAt),
          "answer": risk.answer ?? "", "answered_by": risk.closedBy ?? "", "open": risk.isOpen,
        ]
      },
      "has_risks": !risks.isEmpty, "form_reason": form.reason, "form_commit": form.commit,
      "styles": ["practice.css"], "own": trainee == nil,
    ]
    if let error = form.error { data["error"] = error }
    var title = text("prac_plan_title")
    if let trainee {
      title = text.format("prac_plan_of", trainee.fullName)
      data["heading"] = title
      data["risks_heading"] = text.format("prac_risks_of", trainee.fullName)
      data["has_open_items"] = false
      data["viewing_user"] = trainee.name
    }
    return try await app.page("practice/plan", title: title, data, context, status: status)
  }

  private static func render(
    _ plan: TraineeProgress, _ attempts: [Attempt], _ scenarios: [String: Scenario], _ text: PracticeText
  ) -> [String: Any] {
    let assignment = plan.assignment
    let title = assignment.title(in: text.language.rawValue)
    let level = text.level(plan.level)
    let forecast = plan.forecast.completionOn
    let late = forecast > assignment.dueOn
    // The forecast says "on track" only when the risk level does: a plan at risk for its
    // scores or a raised risk gets the bare date, in the level's colour.
    let forecastText =
      late
      ? text.format("prac_forecast_late", forecast.iso, String(assignment.dueOn.days(until: forecast)))
      : text.format(plan.level == .onTrack ? "prac_forecast_on_track" : "prac_forecast_at_pace", forecast.iso)
    return [
      "title": title.text, "title_lang": text.lang(title.language),
      "template": assignment.templateID, "start": assignment.startOn.iso,
      "due": assignment.dueOn.iso,
      "summary": text.format(
        "prac_plan_summary", String(plan.done), String(plan.items.count),
        String(Int(plan.completion.rounded())),
        String(plan.due), String(plan.overdue)),
      "forecast": forecastText,
      "forecast_badge": late ? "bad" : level.badge,
      "level": level.text, "level_badge": level.badge,
      "reasons": plan.reasons.map { UIText.riskReason($0, text.language) },
      "has_reasons": !plan.reasons.isEmpty,
      "items": plan.items.map { item(for: $0, of: assignment, attempts, scenarios, text) },
    ]
  }

  private static func item(
    for entry: ItemProgress, of assignment: Assignment, _ attempts: [Attempt],
    _ scenarios: [String: Scenario],
    _ text: PracticeText
  ) -> [String: Any] {
    let item = entry.item
    let state = text.state(entry)
    var row: [String: Any] = [
      "number": item.id.map(String.init) ?? "", "key": item.key,
      "what": text.describe(item, of: assignment, scenarios: scenarios),
      "due": item.dueOn.iso,
      "state": state.text, "badge": state.badge, "overdue": entry.overdue,
    ]
    if let best = entry.bestScore {
      row["best"] = text.format("prac_best_score", PracticeText.score(best), String(entry.attemptsUsed))
    }
    if item.kind == .pass {
      // Every attempt at the scenario with its kind: a guided one is shown but never counts.
      row["attempts"] = attempts.filter {
        $0.scenarioID == item.scenarioID && $0.finished(onOrAfter: item.sinceDay)
      }.map {
        text.format(
          $0.kind == .assessed ? "prac_plan_attempt_assessed" : "prac_plan_attempt_guided",
          PracticeText.moment($0.finishedAt), PracticeText.score($0.score))
      }
    }
    guard !entry.isDone, entry.state != .blocked else { return row }
    switch item.kind {
    case .acknowledge:
      if let sop = item.sopID {
        row["ack_href"] = "/me/acknowledge/\(sop)"
        row["read_href"] = "/sops/\(sop)"
      }
    case .pass:
      if let scenario = item.scenarioID { row["start_scenario"] = scenario }
    case .signOff:
      row["sign_off_note"] = text("prac_sign_off_waits")
      row["sign_off_item"] = item.id.map(String.init) ?? ""
    }
    return row
  }

  private static func raiseRisk(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    let fields = context.form
    var form = RiskForm(
      item: fields["item"] ?? "", reason: fields["reason"] ?? "", commit: fields["commit"] ?? "")
    if form.item.isEmpty {
      form.error = text("prac_risk_need_item")
    } else if form.reason.isEmpty {
      form.error = text("prac_risk_need_reason")
    }
    if form.error != nil { return try await page(app, context, form: form, status: .badRequest) }
    do {
      try app.database.plans.raiseRisk(
        form.item, reason: form.reason, commitOn: form.commit.isEmpty ? nil : form.commit, by: user.name)
    } catch TrainingError.invalidDate(_, let value) {
      // The service reads the date (one rule); the page says it in the UI language.
      form.error = text.format("prac_risk_bad_date", value)
      return try await page(app, context, form: form, status: .badRequest)
    } catch let error as TrainingError {
      form.error = UIText.error(error, context.language)
      return try await page(app, context, form: form, status: .badRequest)
    }
    return await app.redirect("/me/plan#risks", flash: text("prac_risk_raised"), context)
  }
}
