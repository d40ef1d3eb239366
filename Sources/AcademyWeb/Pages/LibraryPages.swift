import Hummingbird
import People
import SOPKit

/// Routes of the library area: the library and search, SOP pages with history and diff, the
/// author's editor and the approver's queue. Handlers live in `Pages/Library/`.
enum LibraryPages {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/sops", .signedIn) { request, context in try await LibraryBrowse.index(app, request, context)
    }
    routes.get("/sops/search", .signedIn) { request, context in
      try await LibraryBrowse.search(app, request, context)
    }
    routes.get("/sops/new", .only(.author)) { _, context in try await AuthorPages.newForm(app, context) }
    routes.post("/sops/new", .only(.author)) { _, context in try await AuthorPages.create(app, context) }
    routes.get("/sops/:id", .signedIn) { request, context in try await SOPPage.show(app, request, context) }
    routes.get("/sops/:id/history", .signedIn) { _, context in try await SOPHistoryPages.history(app, context)
    }
    routes.get("/sops/:id/diff", .signedIn) { request, context in
      try await SOPHistoryPages.diff(app, request, context)
    }
    routes.get("/author", .only(.author)) { _, context in try await AuthorPages.home(app, context) }
    routes.get("/sops/:id/edit", .only(.author)) { _, context in try await SOPEditor.edit(app, context) }
    routes.post("/sops/:id/preview", .only(.author)) { _, context in try await SOPEditor.preview(app, context)
    }
    routes.post("/sops/:id/save", .only(.author)) { _, context in try await SOPEditor.save(app, context) }
    routes.post("/sops/:id/submit", .only(.author)) { _, context in try await SOPEditor.submit(app, context) }
    routes.get("/approvals", .only(.approver)) { _, context in try await ApprovalPages.queue(app, context) }
    routes.get("/approvals/:id", .only(.approver)) { _, context in
      try await ApprovalPages.review(app, context)
    }
    routes.post("/approvals/:id", .only(.approver)) { request, context in
      try await ApprovalPages.sign(app, request, context)
    }
  }

  /// The `:id` of the path, or 404.
  static func sopID(_ context: WebContext) throws -> String {
    guard let id = context.parameters.get("id"), SOPIdentifier.isValid(id) else { throw PageError.notFound }
    return id
  }

  /// The styles and scripts of the area.
  static var assets: [String: Any] { ["styles": ["library.css"], "scripts": ["library.js"]] }
}
