import Foundation
import Hummingbird
import People

extension WebApp {
  /// Renders `template` inside the layout: navigation for the user's roles, the language
  /// switch, the CSRF token for forms, the labels (`t.key`) and a pending flash message.
  func page(
    _ template: String, title: String, _ data: [String: Any], _ context: WebContext,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    Self.html(try await pageHTML(template, title: title, data, context), status: status)
  }

  /// The HTML of `page(...)`, for callers that cache it.
  func pageHTML(_ template: String, title: String, _ data: [String: Any], _ context: WebContext)
    async throws -> String
  {
    var values = data
    values["page_title"] = title
    values["t"] = UIText.labels(context.language)
    values["lang"] = context.language.rawValue
    values["languages"] = UILanguage.allCases.map {
      ["code": $0.rawValue, "name": $0.name, "selected": $0 == context.language]
    }
    values["csrf"] = context.session?.csrf ?? ""
    if let user = context.user {
      values["user"] = [
        "name": user.name, "full_name": user.fullName,
        "roles": user.roles.sorted().map { UIText.roleName($0, context.language) }.joined(separator: ", "),
      ]
      if !user.mustChangePassword {
        values["nav"] = Self.navigation(for: user, language: context.language)
        values["has_nav"] = true
      }
    }
    if let flash = context.flash { values["flash"] = flash }
    return try views.render(template, Self.droppingEmptyStrings(values))
  }

  /// The data without empty strings: for swift-mustache an empty string is truthy, so
  /// `{{#note}}...{{/note}}` would render for a blank note. A missing key renders the same
  /// as an empty one and is falsy.
  static func droppingEmptyStrings(_ values: [String: Any]) -> [String: Any] {
    var result: [String: Any] = [:]
    result.reserveCapacity(values.count)
    for (key, value) in values {
      if key == "t" {
        result[key] = value  // the labels: never empty, and the largest table
        continue
      }
      if let cleaned = cleaned(value) { result[key] = cleaned }
    }
    return result
  }

  private static func cleaned(_ value: Any) -> Any? {
    switch value {
    case let text as String: return text.isEmpty ? nil : text
    case let dictionary as [String: Any]: return droppingEmptyStrings(dictionary)
    case let list as [[String: Any]]: return list.map(droppingEmptyStrings)
    case let list as [Any]: return list.compactMap(cleaned)
    default: return value
    }
  }

  /// An HTML response that no cache keeps (pages hold personal data).
  static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: htmlHeaders, body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// The headers of every HTML page, built once.
  static let htmlHeaders: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]

  /// Redirects after a POST (303), with an optional message for the next page, carried in
  /// the signed flash cookie.
  func redirect(_ location: String, flash: String? = nil, _ context: WebContext) async -> Response {
    var response = Response.redirect(to: location, type: .normal)
    if let flash {
      response.setCookie(
        SessionMiddleware.cookie(
          SessionMiddleware.flashCookie, sessions.flashCookie(flash), secure: settings.secureCookies))
    }
    return response
  }

  /// The sections a user's roles open, in the order of a working day.
  static func navigation(for user: SessionUser, language: UILanguage) -> [[String: String]] {
    var items: [(String, String)] = []
    if user.holds(.trainee) {
      items += [("/me/plan", "nav_plan"), ("/cases", "nav_cases"), ("/me/changes", "nav_changes")]
    }
    items.append(("/sops", "nav_library"))
    if user.holds(.author) { items.append(("/author", "nav_author")) }
    if user.holds(.approver) { items.append(("/approvals", "nav_approvals")) }
    if user.holds(.manager) { items.append(("/team", "nav_team")) }
    if user.holds(.admin) { items.append(("/admin/users", "nav_users")) }
    items.append(("/account/password", "nav_account"))
    return items.map { ["href": $0.0, "label": UIText.text($0.1, language)] }
  }

  /// Where a user lands after logging in: the first section of their working day.
  static func home(for user: SessionUser) -> String {
    if user.holds(.trainee) { return "/me/plan" }
    if user.holds(.manager) { return "/team" }
    if user.holds(.approver) { return "/approvals" }
    if user.holds(.author) { return "/author" }
    if user.holds(.admin) { return "/admin/users" }
    return "/sops"
  }
}
