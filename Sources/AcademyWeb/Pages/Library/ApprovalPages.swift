import AcademyServices
import Foundation
import Hummingbird
import People
import SOPKit

/// The approver's queue (`GET /approvals`), one revision under review (`GET /approvals/:id`)
/// and the e-signature (`POST /approvals/:id`).
enum ApprovalPages {
  static func queue(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let library = app.database.library
    let waiting = try library.queue(for: try library.actor(named: user.name))
    var data = LibraryPages.assets
    data["rows"] = waiting.map { item -> [String: Any] in
      let revision = item.view.revision
      return [
        "id": revision.sopID, "title": revision.title, "sop_lang": revision.language,
        "number": revision.number,
        "author": revision.author,
        "submitted": LibraryFormat.time(revision.submittedAt),
        "effective": revision.proposedEffective?.iso ?? "",
        "change_class": LibraryFormat.changeClass(revision.changeClass, language),
        "procedural": revision.changeClass == .procedural, "missing": item.missing.joined(separator: ", "),
        "href": "/approvals/\(revision.sopID)",
      ]
    }
    data["has_rows"] = !waiting.isEmpty
    return try await app.page(
      "library/approvals", title: UIText.text("lib_queue_title", language), data, context)
  }

  static func review(_ app: WebApp, _ context: WebContext) async throws -> Response {
    try await page(app, context, error: nil, values: [:])
  }

  static func sign(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let id = try LibraryPages.sopID(context)
    let form = context.form
    let values = [
      "action": form["action"] ?? "", "comment": form["comment"] ?? "",
      "accept_class": form["accept_class"] ?? "",
    ]
    func refuse(_ message: String, _ status: HTTPResponse.Status = .badRequest) async throws -> Response {
      try await page(app, context, error: message, values: values, status: status)
    }
    let seenText = try form.required("seen", label: UIText.text("lib_revision", language))
    guard let seen = RevisionNumber(seenText) else { throw PageError.badRequest("seen: \(seenText)") }
    guard let action = form["action"].flatMap(WorkflowAction.init(rawValue:)),
      Library.signatureActions.contains(action)
    else {
      return try await refuse(UIText.text("lib_error_action", language))
    }
    if action == .reject, form["comment"] == nil {
      return try await refuse(UIText.text("lib_error_comment", language))
    }
    let password = form.raw("password") ?? ""
    let signer: Signer
    let checked: PasswordCheck<Signer>
    do {
      // The signer's own password: one an admin set (a reset) signs nothing.
      checked = try await app.checkOwnPassword(of: user.name, password, request, context)
    } catch let error as PeopleError {
      return try await refuse(UIText.error(error, language), .forbidden)
    }
    switch checked {
    case .passed(let checked): signer = checked
    case .wrong: return try await refuse(UIText.text("lib_error_password", language), .unauthorized)
    case .throttled(let minutes):
      return try await refuse(WebApp.throttledText(minutes: minutes, language), .tooManyRequests)
    }
    let signed: StoredRevision
    do {
      signed = try app.database.library.sign(
        id, action, seen: seen, comment: form["comment"],
        acceptEditorial: form["accept_class"] == "editorial",
        by: signer)
    } catch StoreError.staleRevision(_, let seen, let latest) {
      return try await refuse(String(format: UIText.text("lib_stale", language), seen, latest), .conflict)
    } catch StoreError.unknownSOP {
      throw PageError.notFound
    } catch StoreError.missingText {
      return try await refuse(UIText.text("lib_error_comment", language))
    } catch let error as StoreError {
      return try await refuse(error.localizedDescription)
    } catch let error as WorkflowRefusal {
      return try await refuse(UIText.error(error, language))
    }
    var flash = String(
      format: UIText.text("lib_signed", language), id, signed.number,
      LibraryFormat.meaning(action.signatureMeaning ?? .review, language))
    if signed.state == .approved, let day = signed.effectiveOn {
      flash += " " + String(format: UIText.text("lib_now_in_force", language), day.iso)
    } else if signed.state == .draft {
      flash += " " + UIText.text("lib_back_to_author", language)
    }
    return await app.redirect("/approvals", flash: flash, context)
  }

  private static func page(
    _ app: WebApp, _ context: WebContext, error: String?, values: [String: String],
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let id = try LibraryPages.sopID(context)
    let library = app.database.library
    let review: ApprovalReview
    do {
      review = try library.review(id, for: try library.actor(named: user.name))
    } catch is StoreError {
      throw PageError.notFound
    }
    let view = review.view
    let revision = view.revision
    let round = review.round
    let chosen = values["action"] ?? ""
    var data = LibraryPages.assets
    data["id"] = id
    data["title"] = revision.title
    data["number"] = revision.number
    data["state"] = LibraryFormat.stateData(view.state, language)
    data["in_review"] = view.state == .inReview
    data["may_sign"] = !review.actions.isEmpty
    data["author"] = revision.author
    data["owner"] = revision.owner
    data["approvers"] = view.requiredApprovers.joined(separator: ", ")
    data["note"] = revision.submitNote ?? ""
    data["submitted"] = LibraryFormat.time(revision.submittedAt)
    data["effective"] = revision.proposedEffective?.iso ?? ""
    data["stored_class"] = LibraryFormat.changeClass(revision.changeClass, language)
    data["stored_basis"] = revision.changeBasis
    if revision.proposedClass == .editorial {
      data["class_proposal"] = String(
        format: UIText.text("lib_class_proposal", language), revision.changeOverrideReason ?? "")
      data["accept_checked"] = values["accept_class"] == "editorial"
    }
    data["sop_lang"] = revision.language
    data["in_force"] = review.inForce?.number ?? ""
    data["diff"] = SOPHistoryPages.diffData(review.diff, language)
    data["signatures"] = LibraryFormat.signatures(round, language)
    data["has_signatures"] = !round.isEmpty
    data["preview"] = await app.pages.page(for: revision).fragment
    data["actions"] = review.actions.map { action -> [String: Any] in
      [
        "code": action.rawValue, "label": UIText.text("lib_action_" + action.rawValue, language),
        "meaning": LibraryFormat.meaning(action.signatureMeaning ?? .review, language),
        "checked": chosen == action.rawValue || (chosen.isEmpty && action == review.actions.first),
      ]
    }
    data["comment"] = values["comment"] ?? ""
    if let error { data["error"] = error }
    return try await app.page(
      "library/approval", title: "\(id) · \(UIText.text("lib_review_title", language))", data, context,
      status: status)
  }
}
