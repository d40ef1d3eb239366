import Foundation
import Hummingbird
import People
import TrainingKit

/// Assigning a plan template to a trainee, with the templates and current assignments shown.
enum PlanAssignment {
  static func page(
    _ app: WebApp, _ context: WebContext, form: FormData = FormData(), error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let catalog = PlanCatalog(directory: app.settings.content.plans)
    let linter = app.settings.content.planLinter(knownSOPs: nil)
    let templates = catalog.paths().compactMap { path -> [String: Any]? in
      let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      guard let plan = try? catalog.template(id: id, linter: linter) else { return nil }
      return [
        "id": id, "title": plan.title, "items": plan.items.count, "days": plan.length,
        "team": plan.team ?? "",
        "selected": form["template"] == id,
      ]
    }
    let trainees = try app.database.people.list().filter { $0.roleNames.contains(Role.trainee.name) }.map {
      ["name": $0.name, "full_name": $0.fullName, "selected": form["trainee"] == $0.name] as [String: Any]
    }
    let assignments = try app.database.training.progress().map { entry -> [String: Any] in
      [
        "trainee": entry.assignment.trainee, "plan": entry.assignment.title,
        "team": entry.assignment.team ?? "",
        "start": entry.assignment.startOn, "due": entry.assignment.dueOn, "by": entry.assignment.assignedBy,
      ]
    }
    var data: [String: Any] = [
      "templates": templates, "trainees": trainees, "assignments": assignments,
      "start": form["start"] ?? app.database.store.today, "due": form["due"] ?? "",
      "team": form["team"] ?? "",
    ]
    if let error { data["error"] = error }
    return try await app.page(
      "team/assign", title: UIText.text("team_assign_title", context.language), data, context, status: status)
  }

  static func assign(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let form = context.form
    let language = context.language
    guard let templateID = form["template"], let trainee = form["trainee"], let start = form["start"] else {
      return try await page(
        app, context, form: form, error: UIText.text("team_assign_missing", language), status: .badRequest)
    }
    do {
      let manager = try app.database.people.signer(named: try context.signedIn().name)
      let known = Set(try app.database.store.list().map(\.sopID))
      let plan = try PlanCatalog(directory: app.settings.content.plans).template(
        id: templateID, linter: app.settings.content.planLinter(knownSOPs: known.isEmpty ? nil : known))
      let assignment = try app.database.assignPlan(
        plan, scenarioSOPs: app.settings.content.scenarioSOPs(), trainee: trainee, start: start,
        due: form["due"],
        team: form["team"], by: manager)
      let text = String(format: UIText.text("team_assigned", language), plan.title, trainee, assignment.dueOn)
      return await app.redirect("/team/assign", flash: text, context)
    } catch let error as TrainingError {
      return try await page(app, context, form: form, error: error.localizedDescription, status: .badRequest)
    } catch let error as PeopleError {
      return try await page(app, context, form: form, error: error.localizedDescription, status: .badRequest)
    }
  }
}
