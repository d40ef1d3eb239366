import Foundation
import Hummingbird
import Logging

/// Builds the Hummingbird application: middleware, every route, and the server settings.
public enum WebServer {
  /// The router with all middleware and routes, and the table of routes with their access rules.
  static func router(for app: WebApp) -> (Router<WebContext>, [RouteSpec]) {
    let router = Router(context: WebContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: AccessLogMiddleware(log: app.accessLog))
    router.add(middleware: SessionMiddleware(sessions: app.sessions, secure: app.settings.secureCookies))
    router.add(middleware: ErrorPageMiddleware(app: app))
    let routes = WebRoutes(router: router, app: app)
    AccountPages.register(routes)
    AssetRoutes.register(routes)
    LibraryPages.register(routes)
    PracticePages.register(routes)
    TeamPages.register(routes)
    return (router, routes.table)
  }

  /// The application for `app`, listening where the settings say.
  public static func application(for app: WebApp) -> some ApplicationProtocol {
    let (router, _) = router(for: app)
    return Application(
      router: router, server: ConnectionChannel.server,
      configuration: .init(
        address: .hostname(app.settings.host, port: app.settings.port), serverName: "academy"),
      logger: app.logger)
  }

  /// Runs until SIGTERM or SIGINT, then finishes the requests in flight and returns. The
  /// scheduled retraining check runs beside it (`RetrainingSchedule`) and stops with it, and
  /// so does the access log's writer, which writes what is left at the end.
  public static func run(_ app: WebApp) async throws {
    let retraining = Task { await app.retrainingSchedule() }
    let accessLog = Task { await app.accessLog.run() }
    defer {
      retraining.cancel()
      accessLog.cancel()
      app.accessLog.flush()
    }
    try await application(for: app).runService()
  }
}
