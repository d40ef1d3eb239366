import AcademyServices
import CaseSim
import CivilCalendar
import Foundation
import Hummingbird
import TrainingKit

/// `/cases`: the scenarios with what they count for in the trainee's plan, the start form,
/// the cases in progress and the trainee's scored attempts. `POST /cases` starts a case.
enum CaseCatalogPage {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/cases", .only(.trainee)) { request, context in
      let chosen = request.uri.queryParameters["scenario"].map(String.init) ?? ""
      return try await page(app, context, form: StartForm(scenario: chosen))
    }
    routes.post("/cases", .only(.trainee)) { _, context in
      try await start(app, context)
    }
  }

  /// The start form as typed, kept when it is refused.
  struct StartForm {
    var scenario = ""
    var seed = ""
    /// Asked for an assessed attempt (the steps hidden until the score).
    var assessed = false
    var error: String?
  }

  static func page(
    _ app: WebApp, _ context: WebContext, form: StartForm = StartForm(), status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    let practice = app.practice
    let scenarios = practice.scenarios()
    let planItems = try practice.passItems(of: user.name)
    let titles = Dictionary(
      scenarios.map { ($0.id, text.title(of: $0)) }, uniquingKeysWith: { first, _ in first })
    let live = try practice.cases(of: user.name)
    let attempts = try practice.attempts(of: user.name).reversed()
    let scored = try practice.scoredCases(of: user.name)
    var data: [String: Any] = [
      "scenarios": scenarios.map { scenario -> [String: Any] in
        let items = planItems.filter { $0.item.scenarioID == scenario.id }
        let title = text.title(of: scenario)
        return [
          "id": scenario.id, "title": title.title, "title_lang": title.lang,
          "difficulty": difficulty(scenario.difficulty, text),
          "language": text.feedback.languageName(scenario.language), "pass_mark": String(scenario.passMark),
          "sops": scenario.sops.map { ["id": $0, "href": "/sops/\($0)"] },
          "plan_items": items.map { entry -> [String: Any] in
            [
              "key": entry.item.key, "min_score": entry.item.minScore.map(PracticeText.score) ?? "",
              "due": entry.item.dueOn.iso, "state": text.state(entry).text, "badge": text.state(entry).badge,
            ]
          },
          "in_plan": !items.isEmpty, "selected": scenario.id == form.scenario,
        ]
      },
      "live": live.map { entry -> [String: Any] in
        let title = text.title(of: entry.attempt.scenario)
        return [
          "href": "/cases/\(entry.id)", "title": title.title, "title_lang": title.lang,
          "seed": String(entry.seed),
          "day": text.format(
            "prac_day_of", String(entry.simulation.day), String(entry.simulation.lastDay)),
          "finished": entry.isFinished,
          "score_href": "/cases/\(entry.id)/score",
        ]
      },
      "has_live": !live.isEmpty,
      "attempts": attempts.map { attempt -> [String: Any] in
        [
          "day": PracticeText.moment(attempt.finishedAt),
          "scenario": titles[attempt.scenarioID]?.title ?? attempt.scenarioID,
          "title_lang": titles[attempt.scenarioID]?.lang ?? "",
          "scenario_id": attempt.scenarioID, "seed": attempt.seed, "score": PracticeText.score(attempt.score),
          "passed": attempt.passed, "kind": text("prac_kind_\(attempt.kind.rawValue)"),
          "revisions": attempt.sopRevisions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", "),
          "score_href": attempt.id.flatMap { scored[$0] }.map { "/cases/\($0)/score" } ?? "",
        ]
      },
      "has_attempts": !attempts.isEmpty, "form_seed": form.seed, "form_assessed": form.assessed,
      "styles": ["practice.css"],
    ]
    if let error = form.error { data["error"] = error }
    return try await app.page(
      "practice/cases", title: text("prac_cases_title"), data, context, status: status)
  }

  private static func difficulty(_ level: Int, _ text: PracticeText) -> String {
    let word = level <= 2 ? "prac_beginner" : level == 3 ? "prac_intermediate" : "prac_advanced"
    return "\(text(word)) (\(level)/5)"
  }

  private static func start(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    var form = StartForm(
      scenario: context.form["scenario"] ?? "", seed: context.form["seed"] ?? "",
      assessed: context.form["assessed"] == "1")
    guard !form.scenario.isEmpty else {
      form.error = text("prac_start_need_scenario")
      return try await page(app, context, form: form, status: .badRequest)
    }
    var seed = UInt64.random(in: 1...999_999)
    if !form.seed.isEmpty {
      guard let typed = UInt64(form.seed) else {
        form.error = text.format("prac_start_bad_seed", form.seed)
        return try await page(app, context, form: form, status: .badRequest)
      }
      seed = typed
    }
    let started: PracticeCase
    do {
      // Assessed when the trainee (or the manager sitting with them) asks, or when the attempt
      // counts for an open pass item of their plan.
      started = try app.practice.start(
        trainee: user.name, scenario: form.scenario, seed: seed, assessed: form.assessed)
    } catch let error as ScenarioError {
      form.error = error.localizedDescription
      return try await page(app, context, form: form, status: .badRequest)
    } catch let error where error is TrainingError || error is SimulationError {
      // A pass item waiting for prerequisites, an SOP without a revision in force or without a
      // usable process block: say so before the case is worked.
      form.error = UIText.error(error, context.language)
      return try await page(app, context, form: form, status: .conflict)
    }
    app.logger.info(
      "case started", metadata: ["user": "\(user.name)", "scenario": "\(form.scenario)", "seed": "\(seed)"])
    return await app.redirect(
      "/cases/\(started.id)", flash: text.format("prac_case_started", form.scenario, String(seed)), context)
  }
}

extension WebApp {
  /// The practice use cases over the app's database and content folders.
  var practice: Practice { database.practice.using(settings.content) }
}
