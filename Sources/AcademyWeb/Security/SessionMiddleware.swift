import Foundation
import Hummingbird

/// Finds the session the cookie names and the UI language: the session's choice, else the
/// `academy_lang` cookie, else `Accept-Language`.
struct SessionMiddleware: RouterMiddleware {
  typealias Context = WebContext
  static let cookieName = "academy_session"
  static let languageCookie = "academy_lang"

  let sessions: SessionStore

  func handle(
    _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    if let token = Self.cookie(Self.cookieName, in: request) {
      context.session = await sessions.session(token)
    }
    context.language =
      context.session?.language
      ?? Self.cookie(Self.languageCookie, in: request).flatMap { UILanguage(rawValue: $0) }
      ?? UILanguage.preferred(acceptLanguage: request.headers[.acceptLanguage])
    return try await next(request, context)
  }

  /// The value of the cookie `name` in the request's `Cookie` headers, read as Hummingbird's
  /// `request.cookies[name]` reads it (pairs split at `;`, leading spaces dropped, the first
  /// pair of that name wins, the value as sent). `request.cookies` builds a `Cookie` with its
  /// attributes from `Substring`s on every call: 5.4 % of the server's CPU on the cached SOP page
  /// (perf, 2026-12-03), for one value; this scans the header's bytes.
  static func cookie(_ name: String, in request: Request) -> String? {
    for header in request.headers[values: .cookie] {
      for pair in header.utf8.split(separator: UInt8(ascii: ";")) {
        let pair = pair.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard pair.starts(with: name.utf8) else { continue }
        let rest = pair.dropFirst(name.utf8.count)
        guard rest.first == UInt8(ascii: "=") else { continue }
        return String(Substring(rest.dropFirst()))
      }
    }
    return nil
  }

  /// The session cookie: HttpOnly, SameSite=Lax, Secure when served over TLS.
  static func cookie(_ token: String, secure: Bool) -> Cookie {
    Cookie(name: cookieName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
  }

  /// A cookie that deletes the session cookie.
  static func expired(secure: Bool) -> Cookie {
    Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
  }
}
