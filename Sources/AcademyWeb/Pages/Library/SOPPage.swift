import AcademyServices
import Hummingbird
import SOPKit

/// `GET /sops/:id[?rev=N.N]`: one revision rendered, with its metadata panel and contents.
/// Benchmarked: per request one indexed read of the SOP's revisions, a stamp read, a cache
/// hit and the layout.
enum SOPPage {
  static func show(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response {
    try await PageCache.page(app, request, context) { context in try await html(app, request, context) }
  }

  private static func html(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> String {
    let user = try context.signedIn()
    let language = context.language
    let id = try LibraryPages.sopID(context)
    var number: RevisionNumber?
    if let rev = request.uri.queryParameters["rev"] {
      guard let parsed = RevisionNumber(String(rev)) else { throw PageError.notFound }
      number = parsed
    }
    let library = app.database.library
    let view: RevisionView
    do {
      view = try library.read(id, number: number, roles: user.roles)
    } catch is StoreError {
      throw PageError.notFound
    }
    let revision = view.revision
    let rendered = await app.pages.page(for: revision)
    let stamp = try library.revisionStamp()
    let translations = try await app.pages.translations(of: id, stamp: stamp, library: library)
    var versions: [[String: Any]] = []
    if let source = revision.translationOf {
      versions.append(["id": source, "href": LibraryFormat.href(source), "original": true])
    }
    versions += translations.map { ["id": $0, "href": LibraryFormat.href($0), "original": false] }
    let approvers = revision.approverList.joined(separator: ", ")
    var data = LibraryPages.assets
    data["id"] = id
    data["title"] = revision.title
    data["number"] = revision.number
    data["state"] = LibraryFormat.stateData(view.state, language)
    data["owner"] = revision.owner
    data["approvers"] = approvers
    data["effective"] = revision.effectiveOn?.iso ?? ""
    data["proposed"] = revision.effectiveOn == nil ? (revision.proposedEffective?.iso ?? "") : ""
    data["review_due"] = view.reviewDue?.iso ?? ""
    data["stale"] = view.staleTranslation
    data["language"] = SOPLanguage(rawValue: revision.language)?.nativeName ?? revision.language
    data["sop_lang"] = revision.language
    data["versions"] = versions
    data["has_versions"] = !versions.isEmpty
    data["tags"] = rendered.tags.map { ["name": $0, "href": "/sops?tag=\(LibraryBrowse.encode($0))"] }
    data["toc"] = rendered.outline.filter { $0.level >= 2 && $0.level <= 3 }.map {
      ["slug": $0.slug, "text": $0.text, "sub": $0.level == 3]
    }
    data["body"] = rendered.fragment
    data["not_in_force"] = view.state != .effective
    data["in_force_href"] = LibraryFormat.href(id)
    data["can_acknowledge"] = user.holds(.trainee) && view.state == .effective
    data["can_edit"] = user.holds(.author)
    return try await app.pageHTML("library/sop", title: "\(id) \(revision.title)", data, context)
  }
}
