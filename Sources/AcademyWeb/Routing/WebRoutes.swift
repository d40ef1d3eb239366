import Foundation
import Hummingbird
import People

/// Who may use a route.
enum Access: Sendable, Hashable {
  /// Anyone, signed in or not (log-in page, assets).
  case anyone
  /// Any signed-in user.
  case signedIn
  /// Signed-in users holding at least one of these roles.
  case roles(Set<String>)

  static func only(_ roles: Role...) -> Access { .roles(Set(roles.map(\.name))) }

  func allows(_ user: SessionUser?) -> Bool {
    switch self {
    case .anyone: return true
    case .signedIn: return user != nil
    case .roles(let roles): return user.map { !$0.roles.isDisjoint(with: roles) } ?? false
    }
  }
}

/// One registered route, kept so a test can check every route against every role.
struct RouteSpec: Sendable, Hashable {
  var method: HTTPRequest.Method
  var path: String
  var access: Access
}

/// Registers routes with their access rule. Every handler is wrapped so that the rule is
/// checked before it runs and every POST carries the session's CSRF token.
final class WebRoutes {
  typealias Handler = @Sendable (Request, WebContext) async throws -> Response

  let router: Router<WebContext>
  let app: WebApp
  private(set) var table: [RouteSpec] = []

  init(router: Router<WebContext>, app: WebApp) {
    self.router = router
    self.app = app
  }

  func get(_ path: String, _ access: Access, _ handler: @escaping Handler) {
    let spec = RouteSpec(method: .get, path: path, access: access)
    table.append(spec)
    router.get(RouterPath(path), use: guarded(spec, handler))
  }

  func post(_ path: String, _ access: Access, _ handler: @escaping Handler) {
    let spec = RouteSpec(method: .post, path: path, access: access)
    table.append(spec)
    router.post(RouterPath(path), use: guarded(spec, handler))
  }

  /// Paths a user who must change their password may still use.
  static let passwordChangePaths: Set<String> = ["/account/password", "/logout", "/language"]

  private func guarded(_ spec: RouteSpec, _ handler: @escaping Handler) -> Handler {
    return { request, context in
      var context = context
      if spec.access != .anyone {
        guard let user = context.user else { return Self.toLogin(request) }
        if user.mustChangePassword, !Self.passwordChangePaths.contains(spec.path) {
          return .redirect(to: "/account/password")
        }
        guard spec.access.allows(user) else { throw PageError.forbidden }
      }
      if spec.method == .post {
        context.form = try await FormData.read(request, context: context)
        guard let session = context.session, Tokens.equal(context.form["_csrf"] ?? "", session.csrf) else {
          throw PageError.csrf
        }
      }
      return try await handler(request, context)
    }
  }

  /// Sends an anonymous visitor to the log-in page, remembering where they were going.
  private static func toLogin(_ request: Request) -> Response {
    guard request.method == .get else { return .redirect(to: "/login") }
    let target = request.uri.description
    let encoded = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
    return .redirect(to: "/login?next=\(encoded)")
  }
}
