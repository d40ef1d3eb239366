import AcademyServices
import Foundation
import HTTPTypes
import Hummingbird

/// Adapts the cookies to `Sessions`: resumes the signed-in session the session cookie names
/// (read again only after a change), else takes the anonymous visitor from the visitor cookie; reads a
/// message for this page from the flash cookie. On the way out it sets the cookies that are
/// due (a renewed last-seen time, a new visitor) unless the handler set them itself, and
/// clears a flash once a page has shown it. The UI language: the session's choice, else
/// `Accept-Language`.
struct SessionMiddleware: RouterMiddleware {
  typealias Context = WebContext
  static let sessionCookie = "academy_session"
  static let visitorCookie = "academy_visitor"
  static let flashCookie = "academy_flash"

  let sessions: Sessions
  let secure: Bool

  func handle(
    _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    var due: [Cookie] = []
    if let value = Self.cookie(Self.sessionCookie, in: request),
      let active = try sessions.resume(cookie: value)
    {
      context.session = WebSession(active)
      context.changeStamp = active.stamp
      if let renewed = active.newCookie {
        due.append(Self.cookie(Self.sessionCookie, renewed, secure: secure))
      }
    } else {
      let visitor = sessions.visitor(cookie: Self.cookie(Self.visitorCookie, in: request))
      context.session = WebSession(visitor)
      if let fresh = visitor.newCookie { due.append(Self.visitorCookie(fresh, secure: secure)) }
      if Self.cookie(Self.sessionCookie, in: request) != nil {
        due.append(Self.expired(Self.sessionCookie, secure: secure))
      }
    }
    let flash = Self.cookie(Self.flashCookie, in: request)
    if let flash { context.flash = sessions.flash(cookie: flash) }
    context.language =
      context.session?.language ?? UILanguage.preferred(acceptLanguage: request.headers[.acceptLanguage])
    var response = try await next(request, context)
    if due.isEmpty, flash == nil { return response }
    let set = Set(response.headers[values: .setCookie].map { $0.prefix { $0 != "=" } })
    for cookie in due where !set.contains(Substring(cookie.name)) { response.setCookie(cookie) }
    if flash != nil, !set.contains(Substring(Self.flashCookie)),
      response.headers[.contentType]?.hasPrefix("text/html") == true
    {
      response.setCookie(Self.expired(Self.flashCookie, secure: secure))
    }
    return response
  }

  /// The value of the cookie `name` in the request's `Cookie` headers, read as Hummingbird's
  /// `request.cookies[name]` reads it (pairs split at `;`, leading spaces dropped, the first
  /// pair of that name wins, the value as sent). `request.cookies` builds a `Cookie` with its
  /// attributes from `Substring`s on every call: 5.4 % of the server's CPU on the cached SOP page
  /// (perf, 2026-12-03), for one value; this scans the header's bytes, splitting nothing.
  static func cookie(_ name: String, in request: Request) -> String? {
    for field in request.headers where field.name == .cookie {
      var pairs = field.value.utf8[...]
      while !pairs.isEmpty {
        let end = pairs.firstIndex(of: UInt8(ascii: ";")) ?? pairs.endIndex
        let pair = pairs[..<end].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        pairs = end == pairs.endIndex ? pairs[end...] : pairs[pairs.index(after: end)...]
        guard pair.starts(with: name.utf8) else { continue }
        let rest = pair.dropFirst(name.utf8.count)
        guard rest.first == UInt8(ascii: "=") else { continue }
        return String(Substring(rest.dropFirst()))
      }
    }
    return nil
  }

  /// A cookie of ours: HttpOnly, SameSite=Lax, Path=/, Secure when served over TLS; gone when
  /// the browser closes.
  static func cookie(_ name: String, _ value: String, secure: Bool) -> Cookie {
    Cookie(name: name, value: value, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
  }

  /// The visitor cookie: kept a year, for the language chosen (its CSRF token is good for
  /// `Sessions.visitorLifetime` only).
  static func visitorCookie(_ value: String, secure: Bool) -> Cookie {
    Cookie(
      name: visitorCookie, value: value, maxAge: 365 * 86400, path: "/", secure: secure, httpOnly: true,
      sameSite: .lax)
  }

  /// A cookie that deletes cookie `name`.
  static func expired(_ name: String, secure: Bool) -> Cookie {
    Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
  }
}
