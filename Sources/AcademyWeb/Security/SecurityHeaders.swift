import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, error pages included: a CSP that allows no
/// inline script and no other origin, no framing, no MIME sniffing, no referrer leaks.
struct SecurityHeadersMiddleware: RouterMiddleware {
  typealias Context = WebContext

  static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'"

  private static let frameOptions = HTTPField.Name("X-Frame-Options")!
  private static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

  func handle(
    _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var response = try await next(request, context)
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[Self.frameOptions] = "DENY"
    response.headers[Self.referrerPolicy] = "same-origin"
    if response.headers[.cacheControl] == nil {
      response.headers[.cacheControl] = "no-store"
    }
    return response
  }
}
