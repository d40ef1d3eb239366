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
    if let token = request.cookies[Self.cookieName]?.value {
      context.session = await sessions.session(token)
    }
    context.language =
      context.session?.language
      ?? request.cookies[Self.languageCookie].flatMap { UILanguage(rawValue: $0.value) }
      ?? UILanguage.preferred(acceptLanguage: request.headers[.acceptLanguage])
    return try await next(request, context)
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
