import AcademyServices
import Hummingbird
import SOPKit

/// `GET /sops/:id/history` (every revision and signature) and `GET /sops/:id/diff`.
enum SOPHistoryPages {
  static func history(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let language = context.language
    let (id, views) = try visibleHistory(app, context)
    var data = LibraryPages.assets
    data["id"] = id
    data["title"] = views.last?.revision.title ?? id
    data["revisions"] = views.reversed().map { view -> [String: Any] in
      let revision = view.revision
      return [
        "number": revision.number, "draft_number": revision.draftNumber,
        "renumbered": revision.number != revision.draftNumber,
        "state": LibraryFormat.stateData(view.state, language), "author": revision.author,
        "href": LibraryFormat.href(id, number: revision.number),
        "created": LibraryFormat.time(revision.createdAt),
        "submitted": LibraryFormat.time(revision.submittedAt),
        "submitted_by": revision.submittedBy ?? "", "approved": LibraryFormat.time(revision.approvedAt),
        "effective": revision.effectiveOn?.iso ?? "", "proposed": revision.proposedEffective?.iso ?? "",
        "obsolete": revision.obsoletedOn?.iso ?? "",
        "change_class": LibraryFormat.changeClass(revision.changeClass, language),
        "basis": revision.changeBasis, "note": revision.submitNote ?? "",
        "signatures": LibraryFormat.signatures(view.signatures, language),
        "has_signatures": !view.signatures.isEmpty,
      ]
    }
    return try await app.page(
      "library/history", title: "\(id) · \(UIText.text("lib_history", language))", data, context)
  }

  static func diff(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response {
    let language = context.language
    let (id, views) = try visibleHistory(app, context)
    let numbers = views.map(\.revision.number)
    let query = request.uri.queryParameters
    let to = query["to"].map(String.init).flatMap { numbers.contains($0) ? $0 : nil } ?? numbers.last ?? ""
    let toIndex = numbers.firstIndex(of: to) ?? 0
    let from =
      query["from"].map(String.init).flatMap { numbers.contains($0) ? $0 : nil }
      ?? (toIndex > 0 ? numbers[toIndex - 1] : to)
    var data = LibraryPages.assets
    data["id"] = id
    data["title"] = views.last?.revision.title ?? id
    data["from_options"] = numbers.map { ["number": $0, "selected": $0 == from] }
    data["to_options"] = numbers.map { ["number": $0, "selected": $0 == to] }
    if let old = RevisionNumber(from), let new = RevisionNumber(to), from != to {
      data["diff"] = diffData(try app.database.library.diff(id, from: old, to: new), language)
    } else {
      data["same"] = true
    }
    return try await app.page(
      "library/diff", title: "\(id) · \(UIText.text("lib_diff", language))", data, context)
  }

  /// A diff as templates show it: class, structural summary and changed hunks.
  static func diffData(_ diff: RevisionDiff, _ language: UILanguage) -> [String: Any] {
    let summary = diff.summary
    let parts: [(String, [String])] = [
      ("lib_sections_added", summary.sectionsAdded), ("lib_sections_removed", summary.sectionsRemoved),
      ("lib_sections_changed", summary.sectionsChanged), ("lib_steps_added", summary.stepsAdded),
      ("lib_steps_removed", summary.stepsRemoved), ("lib_steps_changed", summary.stepsChanged),
    ]
    var lines = parts.filter { !$0.1.isEmpty }.map {
      ["text": UIText.text($0.0, language) + ": " + $0.1.joined(separator: ", ")]
    }
    if summary.processSettingsChanged {
      lines.append(["text": UIText.text("lib_settings_changed", language)])
    }
    let hunks = diff.hunks().map { hunk in
      hunk.map { line -> [String: Any] in
        [
          "kind": line.kind.rawValue, "old": line.oldLine.map(String.init) ?? "",
          "new": line.newLine.map(String.init) ?? "", "text": line.text,
          "added": line.kind == .added, "removed": line.kind == .removed,
        ]
      }
    }
    return [
      "from": diff.from, "to": diff.to, "change_class": LibraryFormat.changeClass(diff.changeClass, language),
      "procedural": diff.changeClass == .procedural, "basis": diff.basis, "summary": lines,
      "no_structure": lines.isEmpty, "hunks": hunks.map { ["lines": $0] }, "identical": hunks.isEmpty,
    ]
  }

  /// The SOP's revisions the user may see, oldest first (work in progress for authors and
  /// approvers only); 404 when there is none.
  private static func visibleHistory(_ app: WebApp, _ context: WebContext) throws -> (String, [RevisionView])
  {
    let user = try context.signedIn()
    let id = try LibraryPages.sopID(context)
    do {
      return (id, try app.database.library.history(id, readableBy: user.roles))
    } catch is StoreError {
      throw PageError.notFound
    }
  }
}
