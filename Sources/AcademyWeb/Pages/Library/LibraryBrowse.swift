import AcademyServices
import Foundation
import Hummingbird
import SOPKit

/// `GET /sops` (the library, by tag and language) and `GET /sops/search` (full text).
enum LibraryBrowse {
  static func index(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let language = context.language
    let query = request.uri.queryParameters
    let tag = query["tag"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    let lang = query["lang"].map(String.init).flatMap { SOPLanguage(rawValue: $0) }
    var rows: [[String: Any]] = []
    var tagCounts: [String: Int] = [:]
    for entry in try app.database.library.catalogue(roles: user.roles) {
      let listing = entry.listing
      let current = entry.inForce
      var tags: [String] = []
      if let current { tags = await app.pages.page(for: current).tags }
      for name in tags { tagCounts[name, default: 0] += 1 }
      let language = current?.language ?? listing.language
      if let tag, !tags.contains(tag) { continue }
      if let lang, language != lang.rawValue { continue }
      var row: [String: Any] = [
        "id": listing.sopID, "title": current?.title ?? listing.title, "language": language,
        "href": LibraryFormat.href(listing.sopID), "number": current?.number ?? "",
        "effective": current?.effectiveOn?.iso ?? "", "review_due": listing.reviewDue?.iso ?? "",
        "tags": tags.map { ["name": $0, "href": "/sops?tag=\(encode($0))"] },
        "stale": listing.staleTranslation,
      ]
      if entry.showsWork {
        row["work"] = [
          "number": listing.latest.number,
          "state": LibraryFormat.stateData(listing.latest.state, context.language),
          "href": LibraryFormat.href(listing.sopID, number: listing.latest.number),
        ]
      }
      rows.append(row)
    }
    var data = LibraryPages.assets
    data["rows"] = rows
    data["has_rows"] = !rows.isEmpty
    data["tag"] = tag ?? ""
    data["tags"] = tagCounts.keys.sorted().map {
      ["name": $0, "count": tagCounts[$0] ?? 0, "selected": $0 == tag, "href": "/sops?tag=\(encode($0))"]
    }
    data["langs"] = SOPLanguage.allCases.map {
      ["code": $0.rawValue, "name": $0.nativeName, "selected": $0 == lang]
    }
    data["filtered"] = tag != nil || lang != nil
    data["can_author"] = user.holds(.author)
    return try await app.page("library/index", title: UIText.text("lib_title", language), data, context)
  }

  static func search(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response {
    if request.uri.queryParameters["format"] == "json" {
      let found = try Search(app, request)
      return try json(found.text, found.hits, found.titles)
    }
    return try await PageCache.page(app, request, context) { context in
      let found = try Search(app, request)
      return try await app.pageHTML(
        "library/search", title: UIText.text("lib_search", context.language), found.data, context)
    }
  }

  /// A search as asked in the query string (`q`, `lang`) and its hits.
  private struct Search {
    var text: String
    var language: SOPLanguage?
    var hits: [SearchHit]
    var titles: [String: String]

    init(_ app: WebApp, _ request: Request) throws {
      let query = request.uri.queryParameters
      text = String(query["q"] ?? "").trimmingCharacters(in: .whitespaces)
      language = query["lang"].map(String.init).flatMap { SOPLanguage(rawValue: $0) }
      let library = app.database.library
      hits = try library.search(text, language: language?.rawValue, limit: 30)
      titles = Dictionary(
        try library.revisionsInForce().map { ($0.sopID, $0.title) },
        uniquingKeysWith: { a, _ in a })
    }

    /// The results page's data.
    var data: [String: Any] {
      var data = LibraryPages.assets
      data["q"] = text
      data["searched"] = !text.isEmpty
      data["count"] = hits.count
      data["langs"] = SOPLanguage.allCases.map {
        ["code": $0.rawValue, "name": $0.nativeName, "selected": $0 == language]
      }
      data["hits"] = hits.map { hit -> [String: Any] in
        [
          "id": hit.sopID, "title": titles[hit.sopID] ?? hit.sopID, "heading": hit.heading,
          "number": hit.number, "language": hit.language, "href": "/sops/\(hit.sopID)#\(hit.slug)",
          "snippet": LibraryFormat.snippetHTML(hit.snippet),
        ]
      }
      return data
    }
  }

  /// One result as `library.js` shows it while the user types.
  struct JSONHit: Codable {
    var id: String
    var title: String
    var heading: String
    var number: String
    var language: String
    var href: String
    var snippet: [SnippetPart]
  }

  private static func json(_ text: String, _ hits: [SearchHit], _ titles: [String: String]) throws -> Response
  {
    struct Body: Codable {
      var query: String
      var results: [JSONHit]
    }
    let body = Body(
      query: text,
      results: hits.map {
        JSONHit(
          id: $0.sopID, title: titles[$0.sopID] ?? $0.sopID, heading: $0.heading, number: $0.number,
          language: $0.language, href: "/sops/\($0.sopID)#\($0.slug)",
          snippet: LibraryFormat.snippetParts($0.snippet))
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    headers[.cacheControl] = "no-store"
    return Response(
      status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(body))))
  }

  static func encode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }
}
