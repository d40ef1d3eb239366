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
    let library = ScenarioLibrary(directory: app.settings.content.scenarios)
    let scenarios = library.paths().compactMap { try? ScenarioLibrary.load(path: $0) }.sorted {
      ($0.difficulty, $0.id) < ($1.difficulty, $1.id)
    }
    let planItems = try app.database.training.progress(trainee: user.name).flatMap(\.items)
      .filter { $0.item.kind == .pass }
    let titles = Dictionary(scenarios.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let now = app.database.clock.now()
    let live = await app.cases.cases(of: user.name, now: now)
    let attempts = try app.database.training.attempts(trainee: user.name).reversed()
    var data: [String: Any] = [
      "scenarios": scenarios.map { scenario -> [String: Any] in
        let items = planItems.filter { $0.item.scenarioID == scenario.id }
        return [
          "id": scenario.id, "title": scenario.title, "difficulty": difficulty(scenario.difficulty, text),
          "language": scenario.language, "pass_mark": String(scenario.passMark),
          "sops": scenario.sops.map { ["id": $0, "href": "/sops/\($0)"] },
          "plan_items": items.map { entry -> [String: Any] in
            [
              "key": entry.item.key, "min_score": entry.item.minScore.map(PracticeText.score) ?? "",
              "due": entry.item.dueOn, "state": text.state(entry).text, "badge": text.state(entry).badge,
            ]
          },
          "in_plan": !items.isEmpty, "selected": scenario.id == form.scenario,
        ]
      },
      "live": live.map { entry -> [String: Any] in
        [
          "href": "/cases/\(entry.id)", "title": entry.attempt.scenario.title, "seed": String(entry.seed),
          "day": text.format(
            "prac_day_of", String(entry.simulation.day), String(entry.simulation.lastDay)),
          "finished": entry.report != nil,
          "score_href": "/cases/\(entry.id)/score",
        ]
      },
      "has_live": !live.isEmpty,
      "attempts": attempts.map { attempt -> [String: Any] in
        [
          "day": PracticeText.moment(attempt.finishedAt),
          "scenario": titles[attempt.scenarioID] ?? attempt.scenarioID,
          "scenario_id": attempt.scenarioID, "seed": attempt.seed, "score": PracticeText.score(attempt.score),
          "passed": attempt.passed, "kind": text("prac_kind_\(attempt.kind.rawValue)"),
          "revisions": attempt.sopRevisions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", "),
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
    let attempt: CaseAttempt
    do {
      attempt = try caseAttempt(app, scenario: form.scenario)
    } catch let error as ScenarioError {
      form.error = error.localizedDescription
      return try await page(app, context, form: form, status: .badRequest)
    } catch {
      // An SOP without a usable process block, an unreadable file: nothing to start.
      form.error = error.localizedDescription
      return try await page(app, context, form: form, status: .conflict)
    }
    // Assessed when the trainee (or the manager sitting with them) asks, or when the attempt
    // counts for an open pass item of their plan.
    let kind =
      form.assessed
      ? .assessed : try app.database.training.attemptKind(trainee: user.name, scenario: form.scenario)
    do {
      if kind == .assessed {
        try app.database.training.checkAssessedAttempt(trainee: user.name, scenario: form.scenario)
      }
    } catch let error as TrainingError {
      // A pass item waiting for prerequisites cannot be passed: say so before the case is worked.
      form.error = error.localizedDescription
      return try await page(app, context, form: form, status: .conflict)
    }
    let id = await app.cases.open(
      trainee: user.name, attempt: attempt, seed: seed, kind: kind, now: app.database.clock.now())
    app.logger.info(
      "case started", metadata: ["user": "\(user.name)", "scenario": "\(form.scenario)", "seed": "\(seed)"])
    return await app.redirect(
      "/cases/\(id)", flash: text.format("prac_case_started", form.scenario, String(seed)), context)
  }

  /// The scenario with the SOP revisions in force today from the store (the file only for an
  /// SOP the store does not hold).
  static func caseAttempt(_ app: WebApp, scenario id: String) throws -> CaseAttempt {
    let content = app.settings.content
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
    guard !id.isEmpty, id.allSatisfy(allowed.contains) else {
      throw ScenarioError.notFound(id: id, directory: content.scenarios)
    }
    let scenario = try ScenarioLibrary(directory: content.scenarios).scenario(id: id)
    let store = app.database.store
    let processes = try GoverningSOPs(sopsFolder: content.sops, dataFolder: nil).processes(
      for: scenario, in: store, on: CivilDate(iso: store.today))
    return CaseAttempt(scenario: scenario, processes: processes)
  }
}
