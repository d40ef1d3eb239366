import AcademyServices
import Hummingbird
import SOPKit

/// `GET /author` (my SOPs, open drafts, review comments) and starting a new SOP.
enum AuthorPages {
  static func home(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let desk = try app.database.library.desk(of: user.name)
    var rows: [[String: Any]] = []
    var drafts: [[String: Any]] = []
    for view in desk.mine {
      let revision = view.revision
      let row: [String: Any] = [
        "id": revision.sopID, "title": revision.title, "sop_lang": revision.language,
        "number": revision.number,
        "state": LibraryFormat.stateData(view.state, language), "href": LibraryFormat.href(revision.sopID),
        "edit": "/sops/\(revision.sopID)/edit", "history": "/sops/\(revision.sopID)/history",
        "owner": revision.owner == user.name,
      ]
      rows.append(row)
      if Library.isOpen(view.state) { drafts.append(row) }
    }
    let rejections = desk.rejections.map { rejection -> [String: Any] in
      let signature = rejection.signature
      return [
        "id": rejection.sopID, "number": rejection.number, "printed_name": signature.printedName,
        "time": LibraryFormat.time(signature.signedAt), "comment": signature.comment ?? "",
        "edit": "/sops/\(rejection.sopID)/edit",
      ]
    }
    var data = LibraryPages.assets
    data["rows"] = rows
    data["has_rows"] = !rows.isEmpty
    data["drafts"] = drafts
    data["has_drafts"] = !drafts.isEmpty
    data["rejections"] = rejections
    data["has_rejections"] = !rejections.isEmpty
    return try await app.page(
      "library/author", title: UIText.text("lib_author_title", language), data, context)
  }

  static func newForm(_ app: WebApp, _ context: WebContext) async throws -> Response {
    try await newPage(app, context, values: [:], error: nil)
  }

  private static func newPage(
    _ app: WebApp, _ context: WebContext, values: [String: String], error: String?,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    var data = LibraryPages.assets
    data["id"] = values["id"] ?? ""
    data["sop_title"] = values["title"] ?? ""
    data["approvers"] = values["approvers"] ?? "ar-team-lead, ar-manager"
    data["translation_of"] = values["translation_of"] ?? ""
    data["tags"] = values["tags"] ?? ""
    let chosen = values["language"] ?? context.language.rawValue
    data["langs"] = SOPLanguage.allCases.map {
      ["code": $0.rawValue, "name": $0.nativeName, "selected": $0.rawValue == chosen]
    }
    if let error { data["error"] = error }
    return try await app.page(
      "library/new", title: UIText.text("lib_new_title", context.language), data, context, status: status)
  }

  static func create(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let form = context.form
    let values = ["id", "title", "approvers", "translation_of", "tags", "language"].reduce(
      into: [String: String]()
    ) {
      $0[$1] = form[$1]
    }
    func refuse(_ key: String, _ status: HTTPResponse.Status = .badRequest) async throws -> Response {
      try await newPage(app, context, values: values, error: UIText.text(key, language), status: status)
    }
    let id = try form.required("id", label: UIText.text("lib_sop_id", language)).uppercased()
    let title = try form.required("title", label: UIText.text("lib_sop_title", language))
    guard SOPIdentifier.isValid(id) else { return try await refuse("lib_error_id") }
    guard let sopLanguage = SOPLanguage(rawValue: form["language"] ?? "") else {
      return try await refuse("lib_error_language")
    }
    let approvers = split(form["approvers"])
    guard !approvers.isEmpty, approvers.allSatisfy(SOPSkeleton.isPlainName) else {
      return try await refuse("lib_error_approvers")
    }
    let tags = split(form["tags"]).map { $0.lowercased() }
    guard tags.allSatisfy(SOPSkeleton.isPlainName) else { return try await refuse("lib_error_tags") }
    let translationOf = form["translation_of"]?.uppercased()
    if let translationOf, !SOPIdentifier.isValid(translationOf) {
      return try await refuse("lib_error_translation")
    }
    let library = app.database.library
    let skeleton = SOPSkeleton(
      id: id, title: title, owner: user.name, approvers: approvers, language: sopLanguage,
      translationOf: translationOf, tags: tags)
    do {
      _ = try await library.create(
        skeleton, by: try library.actor(named: user.name), parse: app.parsedRevision)
    } catch LibraryError.alreadyExists {
      return try await refuse("lib_error_exists", .conflict)
    } catch LibraryError.lintErrors(let findings) {
      let messages = findings.filter { $0.severity == .error }.map(\.message).joined(separator: "; ")
      return try await newPage(app, context, values: values, error: messages, status: .badRequest)
    } catch LibraryError.incompleteFrontMatter {
      return try await refuse("lib_error_front_matter")
    } catch let error as LibraryError {
      return try await newPage(
        app, context, values: values, error: error.localizedDescription, status: .badRequest)
    } catch let error as StoreError {
      return try await newPage(
        app, context, values: values, error: error.localizedDescription, status: .badRequest)
    }
    let flash = String(format: UIText.text("lib_created_draft", language), id)
    return await app.redirect("/sops/\(id)/edit", flash: flash, context)
  }

  /// A comma-separated field as trimmed, non-empty items.
  static func split(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
