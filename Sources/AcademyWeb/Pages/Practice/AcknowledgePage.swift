import AcademyServices
import Foundation
import Hummingbird
import People
import SOPKit
import TrainingKit

/// `/me/acknowledge/:id`: the trainee's e-signature on the SOP revision in force. Re-entering
/// the password is the signature; a wrong one records nothing and counts toward the password
/// throttle (`WebApp.checkPassword`), so the form cannot be used to guess passwords.
enum AcknowledgePage {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/me/acknowledge/:id", .only(.trainee)) { _, context in
      try await page(app, context, sopID: try sopID(context))
    }
    routes.post("/me/acknowledge/:id", .only(.trainee)) { request, context in
      try await acknowledge(app, request, context, sopID: try sopID(context))
    }
  }

  private static func sopID(_ context: WebContext) throws -> String {
    guard let id = context.parameters.get("id"), !id.isEmpty else { throw PageError.notFound }
    return id
  }

  /// The revision in force today and the trainee's signature on it; an SOP the store does not
  /// know is a 404.
  private static func state(_ app: WebApp, _ sopID: String, trainee: String) throws -> AcknowledgementState {
    do {
      return try app.database.plans.acknowledgement(of: sopID, trainee: trainee)
    } catch TrainingError.unknownSOP {
      throw PageError.notFound
    }
  }

  private static func page(
    _ app: WebApp, _ context: WebContext, sopID: String, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    var data: [String: Any] = ["sop_id": sopID, "sop_href": "/sops/\(sopID)", "styles": ["practice.css"]]
    if let error { data["error"] = error }
    let state = try state(app, sopID, trainee: user.name)
    guard let revision = state.revision else {
      data["notice"] = text.format("prac_ack_none_in_force", sopID)
      return try await app.page(
        "practice/acknowledge", title: text.format("prac_ack_title", sopID), data, context, status: status)
    }
    data["title"] = revision.title
    data["revision"] = revision.number
    data["effective"] = revision.effectiveOn?.iso ?? ""
    data["hash"] = String(revision.hash.prefix(12))
    if let done = state.signed {
      data["already"] = text.format(
        "prac_ack_already", sopID, revision.number, PracticeText.moment(done.signedAt))
    } else {
      data["statement"] = text.format(
        "prac_ack_statement", user.fullName, sopID, revision.number, revision.title,
        revision.effectiveOn?.iso ?? "")
      data["can_sign"] = true
    }
    return try await app.page(
      "practice/acknowledge", title: text.format("prac_ack_title", sopID), data, context, status: status)
  }

  private static func acknowledge(_ app: WebApp, _ request: Request, _ context: WebContext, sopID: String)
    async throws
    -> Response
  {
    let user = try context.signedIn()
    let text = PracticeText(context)
    let password = context.form.raw("password") ?? ""
    guard !password.isEmpty else {
      return try await page(
        app, context, sopID: sopID, error: text("prac_ack_need_password"), status: .badRequest)
    }
    let signer: Signer
    let checked: PasswordCheck<Signer>
    do {
      // The trainee's own password: one an admin set (a reset) signs nothing.
      checked = try await app.checkOwnPassword(of: user.name, password, request, context)
    } catch let error as PeopleError {
      return try await page(
        app, context, sopID: sopID, error: UIText.error(error, context.language), status: .forbidden)
    }
    switch checked {
    case .passed(let checked):
      signer = checked
    case .wrong:
      return try await page(
        app, context, sopID: sopID, error: text("prac_ack_wrong_password"), status: .unauthorized)
    case .throttled(let minutes):
      return try await page(
        app, context, sopID: sopID, error: WebApp.throttledText(minutes: minutes, context.language),
        status: .tooManyRequests)
    }
    let ack: Acknowledgement
    do {
      ack = try app.database.plans.acknowledge(sopID, by: signer)
    } catch TrainingError.unknownSOP {
      throw PageError.notFound
    } catch let error as TrainingError {
      return try await page(
        app, context, sopID: sopID, error: UIText.error(error, context.language), status: .conflict)
    }
    app.logger.info(
      "acknowledged",
      metadata: ["user": "\(user.name)", "sop": "\(sopID)", "revision": "\(ack.revisionNumber)"])
    return await app.redirect(
      "/me/plan", flash: text.format("prac_ack_done", ack.sopID, ack.revisionNumber), context)
  }
}
