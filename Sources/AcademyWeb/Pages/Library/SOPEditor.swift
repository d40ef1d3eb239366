import AcademyServices
import Hummingbird
import SOPKit

/// The author's editor: `GET /sops/:id/edit`, `POST .../preview`, `.../save`, `.../submit`.
enum SOPEditor {
  /// What the editor page shows besides the stored revision.
  struct State {
    var text: String?
    var preview: String?
    var findings: [Finding]?
    var error: String?
    var submit: [String: String] = [:]
    var status: HTTPResponse.Status = .ok
  }

  static func edit(_ app: WebApp, _ context: WebContext) async throws -> Response {
    try await page(app, context, State())
  }

  static func preview(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let id = try LibraryPages.sopID(context)
    let text = try typedText(context)
    let lint = try await app.database.library.lint(id, text: text, parse: app.parsedRevision)
    let rendered = RenderedPageCache.render(id: id, text: text)
    return try await page(
      app, context, State(text: text, preview: rendered.fragment, findings: lint.findings))
  }

  static func save(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let id = try LibraryPages.sopID(context)
    let text = try typedText(context)
    let library = app.database.library
    _ = try latestNumber(app, id)
    func refuse(_ message: String, findings: [Finding]? = nil) async throws -> Response {
      try await page(app, context, State(text: text, findings: findings, error: message, status: .badRequest))
    }
    let outcome: ImportOutcome
    do {
      outcome = try await library.saveDraft(
        id, text: text, seen: context.form["seen"], by: try library.actor(named: user.name),
        parse: app.parsedRevision)
    } catch LibraryError.stale(_, let seen, let latest) {
      let message = String(format: UIText.text("lib_stale", language), seen, latest)
      return try await page(app, context, State(text: text, error: message, status: .conflict))
    } catch LibraryError.lintErrors(let findings) {
      return try await refuse(UIText.text("lib_save_lint_errors", language), findings: findings)
    } catch LibraryError.incompleteFrontMatter {
      return try await refuse(UIText.text("lib_error_front_matter", language))
    } catch LibraryError.idMismatch(let found, let expected) {
      return try await refuse(String(format: UIText.text("lib_error_id_mismatch", language), found, expected))
    } catch let error as StoreError {
      return try await refuse(error.localizedDescription)
    }
    let flash: String
    switch outcome {
    case .unchanged(let number): flash = String(format: UIText.text("lib_saved_unchanged", language), number)
    case .new(let number), .changed(let number, _):
      flash = String(format: UIText.text("lib_saved", language), id, number)
    }
    return await app.redirect("/sops/\(id)/edit", flash: flash, context)
  }

  static func submit(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let id = try LibraryPages.sopID(context)
    _ = try latestNumber(app, id)
    let form = context.form
    let seenText = try form.required("seen", label: UIText.text("lib_revision", language))
    let values = ["note", "effective", "change_class", "reason"].reduce(into: [String: String]()) {
      $0[$1] = form[$1]
    }
    func refuse(_ message: String, _ status: HTTPResponse.Status = .badRequest) async throws -> Response {
      try await page(app, context, State(error: message, submit: values, status: status))
    }
    guard let seen = RevisionNumber(seenText) else { throw PageError.badRequest("seen: \(seenText)") }
    var override: (ChangeClass, reason: String)?
    if let raw = form["change_class"] {
      guard let changeClass = ChangeClass(rawValue: raw) else {
        return try await refuse(UIText.text("lib_error_class", language))
      }
      guard let reason = form["reason"] else {
        return try await refuse(UIText.text("lib_error_reason", language))
      }
      override = (changeClass, reason)
    }
    let library = app.database.library
    let submitted: StoredRevision
    do {
      let request = SubmitRequest(
        seen: seen, note: form["note"], effective: try SubmitRequest.effectiveDay(form["effective"]),
        changeClassOverride: override)
      submitted = try library.submit(id, request, by: try library.actor(named: user.name))
    } catch StoreError.invalidDate(_, let effective) {
      return try await refuse(String(format: UIText.text("lib_error_date", language), effective))
    } catch StoreError.missingText {
      return try await refuse(UIText.text("lib_error_reason", language))
    } catch StoreError.staleRevision(_, let seen, let latest) {
      return try await refuse(String(format: UIText.text("lib_stale", language), seen, latest), .conflict)
    } catch let error as StoreError {
      return try await refuse(error.localizedDescription)
    } catch let error as WorkflowRefusal {
      return try await refuse(UIText.error(error, language))
    }
    let flash = String(format: UIText.text("lib_submitted", language), id, submitted.number)
    return await app.redirect("/author", flash: flash, context)
  }

  /// The editor with the latest revision, or the text the author typed.
  private static func page(_ app: WebApp, _ context: WebContext, _ state: State) async throws -> Response {
    let language = context.language
    let id = try LibraryPages.sopID(context)
    let view: RevisionView
    do {
      view = try app.database.library.show(id)
    } catch is StoreError {
      throw PageError.notFound
    }
    let revision = view.revision
    var data = LibraryPages.assets
    data["id"] = id
    data["title"] = revision.title
    data["sop_lang"] = revision.language
    data["number"] = revision.number
    data["state"] = LibraryFormat.stateData(view.state, language)
    data["text"] = state.text ?? revision.content
    data["in_review"] = view.state == .inReview
    let editor = try app.database.library.actor(named: try context.signedIn().name)
    data["can_submit"] = Library.maySubmit(view, by: editor)
    if let preview = state.preview { data["preview"] = preview }
    if let findings = state.findings {
      data["findings"] = SOPLint.rows(findings)
      data["linted"] = true
      data["clean"] = findings.isEmpty
    }
    if let error = state.error { data["error"] = error }
    data["note"] = state.submit["note"] ?? ""
    data["effective"] = state.submit["effective"] ?? revision.proposedEffective?.iso ?? ""
    data["reason"] = state.submit["reason"] ?? ""
    data["classes"] = ChangeClass.allCases.map {
      [
        "code": $0.rawValue, "label": LibraryFormat.changeClass($0, language),
        "selected": state.submit["change_class"] == $0.rawValue,
      ]
    }
    data["computed_class"] = LibraryFormat.changeClass(revision.changeClass, language)
    data["basis"] = revision.changeBasis
    return try await app.page(
      "library/edit", title: "\(id) · \(UIText.text("lib_edit", language))", data, context,
      status: state.status)
  }

  private static func typedText(_ context: WebContext) throws -> String {
    guard let text = context.form.raw("text"), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    else {
      throw PageError.missingField(UIText.text("lib_markdown", context.language))
    }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
  }

  private static func latestNumber(_ app: WebApp, _ id: String) throws -> RevisionNumber {
    do {
      return try app.database.library.latestNumber(id)
    } catch is StoreError {
      throw PageError.notFound
    }
  }
}
