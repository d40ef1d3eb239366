import AcademyServices
import CaseSim
import CivilCalendar
import Foundation
import Hummingbird
import SOPKit

/// `/cases/:case`: the workbench of a live case, and the two ways to change it: an action
/// (`POST /cases/:case/act`) or a clock move (`POST /cases/:case/clock`). A refused command
/// is shown on the workbench and leaves the case as it was.
enum WorkbenchPage {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/cases/:case", .only(.trainee)) { request, context in
      let live = try await liveCase(app, context)
      if live.isFinished { return .redirect(to: "/cases/\(live.id)/score") }
      return try await page(app, context, live, after: request.uri.queryParameters["after"].map(String.init))
    }
    routes.post("/cases/:case/act", .only(.trainee)) { _, context in
      let text = PracticeText(context)
      let name = context.form["action"] ?? ""
      return try await apply(app, context) {
        guard let action = ProcessAction(rawValue: name) else {
          throw ActionsFile.EntryProblem.message(
            name.isEmpty ? text("prac_act_need_action") : text.format("prac_act_unknown", name))
        }
        return try CaseCommandLine.action(name, fields: ActionForms.posted(context.form, action: action))
      }
    }
    routes.post("/cases/:case/clock", .only(.trainee)) { _, context in
      let text = PracticeText(context)
      return try await apply(app, context) {
        let form = context.form
        switch form["kind"] {
        case "wait":
          guard let days = Int(form["days"] ?? ""), CaseCommandLine.waitDays.contains(days) else {
            throw ActionsFile.EntryProblem.message(text("prac_clock_days"))
          }
          return try CaseCommandLine.wait(days: days)
        case "advance_to":
          guard let date = CivilDate(iso: form["date"] ?? "") else {
            throw ActionsFile.EntryProblem.message(
              text.format("prac_clock_date", form["date"] ?? "", CivilDate.supportedRangeText))
          }
          return .advanceTo(date)
        case "wait_for": return try CaseCommandLine.waitFor(form["event"] ?? "")
        default: throw ActionsFile.EntryProblem.message(text("prac_clock_kind"))
        }
      }
    }
  }

  /// The live case the URL names, if it is the signed-in trainee's; a 404 otherwise.
  static func liveCase(_ app: WebApp, _ context: WebContext) async throws -> PracticeCase {
    let user = try context.signedIn()
    guard let id = context.parameters.get("case"), let live = try app.practice.live(id, trainee: user.name)
    else { throw PageError.notFound }
    return live
  }

  /// Reads the command, carries it out (stored before the answer), and returns to the
  /// workbench; a command that cannot be read or resolved is shown there with status 400, the
  /// case unchanged.
  private static func apply(
    _ app: WebApp, _ context: WebContext, _ read: () throws -> CaseCommand
  ) async throws -> Response {
    let user = try context.signedIn()
    let live = try await liveCase(app, context)
    let command: CaseCommand
    do {
      guard !live.isFinished else { throw PracticeError.finished(id: live.id) }
      command = try read()
      guard try app.practice.perform(command, on: live.id, trainee: user.name) != nil else {
        throw PageError.notFound
      }
    } catch PracticeError.finished {
      return await app.redirect(
        "/cases/\(live.id)/score", flash: PracticeText(context)("prac_case_already_finished"), context)
    } catch let error where error is ActionsFile.EntryProblem || error is SimulationError {
      return try await page(
        app, context, live, error: PracticeText(context).refusal(error), status: .badRequest)
    }
    // Back to the form just used, open, with what followed it beside it: the page does not
    // jump away from the forms (a phone shows one column, the transcript above them).
    let used: String
    if case .act(let action) = command { used = action.action.rawValue } else { used = "clock" }
    return .redirect(
      to: "/cases/\(live.id)?after=\(used)#\(used == "clock" ? "clock-heading" : "act-" + used)",
      type: .normal)
  }

  static func page(
    _ app: WebApp, _ context: WebContext, _ live: PracticeCase, error: String? = nil,
    status: HTTPResponse.Status = .ok, after used: String? = nil
  ) async throws -> Response {
    let text = PracticeText(context)
    let view = WorkbenchView(live: live, text: text)
    var data = view.data
    let latest = used == nil ? [] : view.sinceLastAction
    data["forms"] = ActionForms(simulation: live.simulation, text: text).forms.map { form in
      var form = form
      if form["action"] as? String == used {
        form["open"] = true
        form["latest"] = latest
        form["has_latest"] = !latest.isEmpty
      }
      return form
    }
    if used == "clock" {
      data["clock_latest"] = latest
      data["has_clock_latest"] = !latest.isEmpty
    }
    let forms = ActionForms(simulation: live.simulation, text: text)
    data["events"] = forms.events
    data["templates"] = forms.templates
    data["amount_selectors"] = forms.amountSelectors
    data["styles"] = ["practice.css"]
    data["scripts"] = ["practice.js"]
    if let error { data["error"] = error }
    return try await app.page(
      "practice/workbench",
      title: text.format("prac_workbench_title", text.title(of: live.attempt.scenario).title), data,
      context, status: status)
  }
}
