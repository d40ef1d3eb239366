import AcademyServices
import Foundation
import Hummingbird
import People

/// Log-in, log-out, the start page, the language switch and changing one's password.
enum AccountPages {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/", .anyone) { _, context in
      guard let user = context.user else { return .redirect(to: "/login") }
      return .redirect(to: WebApp.home(for: user))
    }
    routes.get("/login", .anyone) { request, context in
      try await loginPage(app, request, context, error: nil)
    }
    routes.post("/login", .anyone) { request, context in
      try await logIn(app, request, context)
    }
    routes.post("/logout", .signedIn) { _, context in
      if let active = context.session?.active { try app.sessions.end(active) }
      var response = Response.redirect(to: "/login", type: .normal)
      response.setCookie(
        SessionMiddleware.expired(SessionMiddleware.sessionCookie, secure: app.settings.secureCookies))
      return response
    }
    // The choice goes into the session's row when signed in, and into the visitor cookie
    // either way, so the log-in page keeps it after a log-out.
    routes.post("/language", .anyone) { request, context in
      let language = UILanguage(rawValue: context.form["lang"] ?? "") ?? .en
      if let active = context.session?.active { try app.sessions.setLanguage(language.rawValue, in: active) }
      let visitor = app.sessions.visitor(
        cookie: SessionMiddleware.cookie(SessionMiddleware.visitorCookie, in: request),
        language: language.rawValue)
      var response = Response.redirect(to: safeTarget(context.form["back"]), type: .normal)
      if let value = visitor.newCookie {
        response.setCookie(SessionMiddleware.visitorCookie(value, secure: app.settings.secureCookies))
      }
      return response
    }
    routes.get("/account/password", .signedIn) { _, context in
      try await passwordPage(app, context, error: nil)
    }
    routes.post("/account/password", .signedIn) { request, context in
      try await changePassword(app, request, context)
    }
  }

  /// The log-in form. An anonymous visitor has no session row: the form's CSRF token is the
  /// one in the signed visitor cookie (set by the session middleware).
  private static func loginPage(
    _ app: WebApp, _ request: Request, _ context: WebContext, error: String?,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    if let user = context.user, error == nil { return .redirect(to: WebApp.home(for: user)) }
    let next = request.uri.queryParameters["next"].map(String.init) ?? ""
    var data: [String: Any] = ["next": safeTarget(next)]
    if let error { data["error"] = error }
    return try await app.page(
      "login", title: UIText.text("log_in", context.language), data, context, status: status)
  }

  private static func logIn(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response
  {
    let language = context.language
    let name = (context.form["user"] ?? "").lowercased()
    let password = context.form.raw("password") ?? ""
    let (users, client) = (app.database.users, app.clientAddress(request, context))
    let check = try await app.onPasswordWorkers(name, client) {
      try users.logIn(name: name, password: password, from: client)
    }
    let account: UserAccount
    switch check {
    case .throttled(let minutes):
      let text = WebApp.throttledText(minutes: minutes, language)
      return try await loginPage(app, request, context, error: text, status: .tooManyRequests)
    case .wrong:
      return try await loginPage(
        app, request, context, error: UIText.text("login_failed", language), status: .unauthorized)
    case .passed(let found):
      account = found
    }
    let user = SessionUser(account)
    let session = try app.sessions.start(
      user: account.name, language: context.session?.language?.rawValue, replacing: context.session?.active)
    let target = user.mustChangePassword ? "/account/password" : safeTarget(context.form["next"], user: user)
    var response = Response.redirect(to: target, type: .normal)
    if let value = session.newCookie {
      response.setCookie(
        SessionMiddleware.cookie(SessionMiddleware.sessionCookie, value, secure: app.settings.secureCookies))
    }
    app.logger.info("log-in", metadata: ["user": "\(LogText.escaped(name))"])
    return response
  }

  private static func passwordPage(
    _ app: WebApp, _ context: WebContext, error: String?, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    var data: [String: Any] = [:]
    if let error { data["error"] = error }
    if context.user?.mustChangePassword == true {
      data["notice"] = UIText.text("must_change_password", context.language)
    }
    return try await app.page(
      "password", title: UIText.text("change_password", context.language), data, context, status: status)
  }

  /// The current password is checked first, and a wrong one always gets the same answer,
  /// whatever the new password is; only after a right one come "the two differ", the policy and
  /// "must differ". The check is throttled like a log-in. Every other session of the user ends.
  private static func changePassword(_ app: WebApp, _ request: Request, _ context: WebContext) async throws
    -> Response
  {
    let user = try context.signedIn()
    let language = context.language
    let form = context.form
    let current = form.raw("current") ?? ""
    let new = form.raw("new") ?? ""
    let repeated = new == form.raw("repeat")
    let (users, client) = (app.database.users, app.clientAddress(request, context))
    let name = user.name
    let kept = context.session?.active.map(app.sessions.idHash(of:))
    let check: PasswordCheck<Bool>
    do {
      check = try await app.onPasswordWorkers(name, client) {
        try users.changeOwnPassword(
          name: name, current: current, new: new, repeated: repeated, keepingSession: kept, from: client)
      }
    } catch let error as PeopleError {
      return try await passwordPage(
        app, context, error: UIText.error(error, context.language), status: .badRequest)
    }
    switch check {
    case .throttled(let minutes):
      return try await passwordPage(
        app, context, error: WebApp.throttledText(minutes: minutes, language), status: .tooManyRequests)
    case .wrong:
      return try await passwordPage(
        app, context, error: UIText.text("current_password_wrong", language), status: .badRequest)
    case .passed:
      guard repeated else {
        return try await passwordPage(
          app, context, error: UIText.text("passwords_differ", language), status: .badRequest)
      }
    }
    let account = try users.account(named: name)
    return await app.redirect(
      WebApp.home(for: SessionUser(account)), flash: UIText.text("password_changed", language), context)
  }

  /// A local path to return to; anything else (another site, a scheme) becomes the start page.
  /// Only visible ASCII is kept: a browser drops tabs and line breaks from a URL, so `/<tab>/x`
  /// would become `//x`, another site; and no control character may reach a header.
  static func safeTarget(_ target: String?, user: SessionUser? = nil) -> String {
    let fallback = user.map(WebApp.home(for:)) ?? "/"
    guard let target, target.hasPrefix("/"), !target.hasPrefix("//"), !target.contains("\\"),
      target.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) })
    else {
      return fallback
    }
    return target
  }
}
