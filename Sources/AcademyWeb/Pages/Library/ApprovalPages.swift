import Foundation
import Hummingbird
import People
import SOPKit

/// The approver's queue (`GET /approvals`), one revision under review (`GET /approvals/:id`)
/// and the e-signature (`POST /approvals/:id`).
enum ApprovalPages {
  /// Actions an approver may sign here, in the order the form offers them.
  static let actions: [WorkflowAction] = [.approve, .reject, .review]

  static func queue(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let signer = try app.database.people.signer(named: user.name)
    let waiting = try app.database.store.latestRevisions().filter { maySign($0, signer) }
    var data = LibraryPages.assets
    data["rows"] = waiting.map { view -> [String: Any] in
      let revision = view.revision
      let approvals = view.signatures.filter { $0.round == revision.round && $0.meaning == .approval }
      let missing = ApprovalRule.missingEntries(
        requiredApprovers: view.requiredApprovers, signers: approvals.map(signerOf))
      return [
        "id": revision.sopID, "title": revision.title, "number": revision.number, "author": revision.author,
        "submitted": LibraryFormat.time(revision.submittedAt), "effective": revision.proposedEffective ?? "",
        "change_class": LibraryFormat.changeClass(revision.changeClass, language),
        "procedural": revision.changeClass == .procedural, "missing": missing.joined(separator: ", "),
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
    guard let action = form["action"].flatMap(WorkflowAction.init(rawValue:)), actions.contains(action) else {
      return try await refuse(UIText.text("lib_error_action", language))
    }
    if action == .reject, form["comment"] == nil {
      return try await refuse(UIText.text("lib_error_comment", language))
    }
    let people = app.database.people
    let password = form.raw("password") ?? ""
    let signer: Signer
    let checked: PasswordCheck<Signer>
    do {
      // The signer's own password: one an admin set (a reset) signs nothing.
      checked = try await app.checkPassword(
        of: user.name, request, context,
        { [name = user.name] in
          try people.authenticateOwn(name: name, password: password)
        })
    } catch let error as PeopleError {
      return try await refuse(error.localizedDescription, .forbidden)
    }
    switch checked {
    case .passed(let checked): signer = checked
    case .wrong: return try await refuse(UIText.text("lib_error_password", language), .unauthorized)
    case .throttled(let minutes):
      return try await refuse(WebApp.throttledText(minutes: minutes, language), .tooManyRequests)
    }
    let signed: StoredRevision
    do {
      signed = try app.database.store.sign(
        id, action, seen: seen, comment: form["comment"],
        acceptingClass: form["accept_class"] == "editorial" ? .editorial : nil, by: signer)
    } catch StoreError.staleRevision(_, let seen, let latest) {
      return try await refuse(String(format: UIText.text("lib_stale", language), seen, latest), .conflict)
    } catch StoreError.unknownSOP {
      throw PageError.notFound
    } catch let error as StoreError {
      return try await refuse(error.localizedDescription)
    } catch let error as WorkflowRefusal {
      return try await refuse(error.localizedDescription)
    }
    var flash = String(
      format: UIText.text("lib_signed", language), id, signed.number,
      LibraryFormat.meaning(action.signatureMeaning ?? .review, language))
    if signed.state == .approved, let day = signed.effectiveOn {
      flash += " " + String(format: UIText.text("lib_now_in_force", language), day)
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
    let store = app.database.store
    let history: [RevisionView]
    do {
      history = try store.history(id)
    } catch is StoreError {
      throw PageError.notFound
    }
    guard let view = history.last else { throw PageError.notFound }
    let revision = view.revision
    let signer = try app.database.people.signer(named: user.name)
    let inForce = history.last { $0.state == .effective }?.revision
    let diff = RevisionDiff(
      sopID: id, from: inForce?.number ?? "—", old: inForce?.content ?? "", to: revision.number,
      new: revision.content)
    let round = view.signatures.filter { $0.round == revision.round }
    let chosen = values["action"] ?? ""
    var data = LibraryPages.assets
    data["id"] = id
    data["title"] = revision.title
    data["number"] = revision.number
    data["state"] = LibraryFormat.stateData(view.state, language)
    data["in_review"] = view.state == .inReview
    data["may_sign"] = mayAct(view, signer)
    data["author"] = revision.author
    data["owner"] = revision.owner
    data["approvers"] = view.requiredApprovers.joined(separator: ", ")
    data["note"] = revision.submitNote ?? ""
    data["submitted"] = LibraryFormat.time(revision.submittedAt)
    data["effective"] = revision.proposedEffective ?? ""
    data["stored_class"] = LibraryFormat.changeClass(revision.changeClass, language)
    data["stored_basis"] = revision.changeBasis
    if revision.proposedClass == .editorial {
      data["class_proposal"] = String(
        format: UIText.text("lib_class_proposal", language), revision.changeOverrideReason ?? "")
      data["accept_checked"] = values["accept_class"] == "editorial"
    }
    data["in_force"] = inForce?.number ?? ""
    data["diff"] = SOPHistoryPages.diffData(diff, language)
    data["signatures"] = LibraryFormat.signatures(round, language)
    data["has_signatures"] = !round.isEmpty
    data["preview"] = await app.pages.page(for: revision).fragment
    data["actions"] = actions.map { action -> [String: Any] in
      [
        "code": action.rawValue, "label": UIText.text("lib_action_" + action.rawValue, language),
        "meaning": LibraryFormat.meaning(action.signatureMeaning ?? .review, language),
        "checked": chosen == action.rawValue || (chosen.isEmpty && action == .approve),
      ]
    }
    data["comment"] = values["comment"] ?? ""
    if let error { data["error"] = error }
    return try await app.page(
      "library/approval", title: "\(id) · \(UIText.text("lib_review_title", language))", data, context,
      status: status)
  }

  /// In review, `signer` fills an approver entry, is neither author nor owner, and has not
  /// signed this round.
  static func maySign(_ view: RevisionView, _ signer: Signer) -> Bool {
    let revision = view.revision
    return mayAct(view, signer)
      && !view.signatures.contains { $0.round == revision.round && $0.userName == signer.userName }
  }

  private static func mayAct(_ view: RevisionView, _ signer: Signer) -> Bool {
    let revision = view.revision
    return view.state == .inReview && view.requiredApprovers.contains(where: signer.fills(approverEntry:))
      && signer.userName != revision.author && signer.userName != revision.owner
  }

  private static func signerOf(_ signature: StoredSignature) -> Signer {
    let roles = (try? JSONDecoder().decode([String].self, from: Data(signature.roles.utf8))) ?? []
    return Signer(userName: signature.userName, printedName: signature.printedName, roles: Set(roles))
  }
}
