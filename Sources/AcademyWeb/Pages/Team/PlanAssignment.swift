import AcademyServices
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
    let plans = app.database.plans
    let templates = Plans.templates(in: app.settings.content).compactMap { listing -> [String: Any]? in
      guard let plan = listing.template else { return nil }
      return [
        "id": listing.id, "title": plan.translations[context.language.rawValue]?.title ?? plan.title,
        "items": plan.items.count, "days": plan.length,
        "team": plan.team ?? "",
        "selected": form["template"] == listing.id,
      ]
    }
    let overview = try plans.assignmentOverview()
    let trainees = overview.trainees.map {
      ["name": $0.name, "full_name": $0.fullName, "selected": form["trainee"] == $0.name] as [String: Any]
    }
    let assignments = overview.assignments.map { assignment -> [String: Any] in
      [
        "trainee": assignment.trainee, "plan": assignment.title(in: context.language.rawValue).text,
        "team": assignment.team ?? "",
        "start": assignment.startOn.iso, "due": assignment.dueOn.iso, "by": assignment.assignedBy,
      ]
    }
    var data: [String: Any] = [
      "templates": templates, "trainees": trainees, "assignments": assignments,
      "start": form["start"] ?? plans.today.iso, "due": form["due"] ?? "",
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
      let manager = try app.database.users.signer(named: try context.signedIn().name)
      let assigned = try app.database.plans.assign(
        templateID: templateID, content: app.settings.content, trainee: trainee, start: start,
        due: form["due"],
        team: form["team"], by: manager)
      let text = String(
        format: UIText.text("team_assigned", language), assigned.assignment.title(in: language.rawValue).text,
        trainee,
        assigned.assignment.dueOn.iso)
      return await app.redirect("/team/assign", flash: text, context)
    } catch let error as TrainingError {
      return try await page(
        app, context, form: form, error: UIText.error(error, context.language), status: .badRequest)
    } catch let error as PeopleError {
      return try await page(
        app, context, form: form, error: UIText.error(error, context.language), status: .badRequest)
    }
  }
}
