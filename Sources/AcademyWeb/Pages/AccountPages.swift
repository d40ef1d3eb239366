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
      if let token = context.session?.token { await app.sessions.remove(token) }
      var response = Response.redirect(to: "/login", type: .normal)
      response.setCookie(SessionMiddleware.expired(secure: app.settings.secureCookies))
      return response
    }
    routes.post("/language", .anyone) { _, context in
      let language = UILanguage(rawValue: context.form["lang"] ?? "") ?? .en
      if let token = context.session?.token { await app.sessions.setLanguage(token, language) }
      var response = Response.redirect(to: safeTarget(context.form["back"]), type: .normal)
      response.setCookie(
        Cookie(
          name: SessionMiddleware.languageCookie, value: language.rawValue, maxAge: 365 * 86400, path: "/",
          secure: app.settings.secureCookies, httpOnly: true, sameSite: .lax))
      return response
    }
    routes.get("/account/password", .signedIn) { _, context in
      try await passwordPage(app, context, error: nil)
    }
    routes.post("/account/password", .signedIn) { _, context in
      try await changePassword(app, context)
    }
  }

  /// The log-in form. A visitor without a session gets an anonymous one so the form has a
  /// CSRF token to post back.
  private static func loginPage(
    _ app: WebApp, _ request: Request, _ context: WebContext, error: String?,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    if let user = context.user, error == nil { return .redirect(to: WebApp.home(for: user)) }
    var context = context
    var newSession: WebSession?
    if context.session == nil {
      let session = await app.sessions.create(user: nil, language: nil)
      context.session = session
      newSession = session
    }
    let next = request.uri.queryParameters["next"].map(String.init) ?? ""
    var data: [String: Any] = ["next": safeTarget(next)]
    if let error { data["error"] = error }
    var response = try await app.page(
      "login", title: UIText.text("log_in", context.language), data, context, status: status)
    if let newSession {
      response.setCookie(SessionMiddleware.cookie(newSession.token, secure: app.settings.secureCookies))
    }
    return response
  }

  private static func logIn(_ app: WebApp, _ request: Request, _ context: WebContext) async throws -> Response
  {
    let language = context.language
    let name = (context.form["user"] ?? "").lowercased()
    let password = context.form.raw("password") ?? ""
    let wait = await app.throttle.wait(for: name)
    if wait > 0 {
      let text = String(format: UIText.text("login_throttled", language), wait)
      return try await loginPage(app, request, context, error: text, status: .tooManyRequests)
    }
    let account: UserAccount
    do {
      _ = try app.database.people.authenticate(name: name, password: password)
      account = try app.database.people.account(named: name)
    } catch {
      await app.throttle.failed(name)
      app.logger.notice("log-in failed", metadata: ["user": "\(name)"])
      return try await loginPage(
        app, request, context, error: UIText.text("login_failed", language), status: .unauthorized)
    }
    await app.throttle.succeeded(name)
    if let old = context.session?.token { await app.sessions.remove(old) }
    let user = SessionUser(account)
    let session = await app.sessions.create(user: user, language: context.session?.language)
    let target = user.mustChangePassword ? "/account/password" : safeTarget(context.form["next"], user: user)
    var response = Response.redirect(to: target, type: .normal)
    response.setCookie(SessionMiddleware.cookie(session.token, secure: app.settings.secureCookies))
    app.logger.info("log-in", metadata: ["user": "\(name)"])
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

  private static func changePassword(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let form = context.form
    let new = form.raw("new") ?? ""
    guard new == form.raw("repeat") else {
      return try await passwordPage(
        app, context, error: UIText.text("passwords_differ", context.language), status: .badRequest)
    }
    do {
      try app.database.people.changePassword(name: user.name, current: form.raw("current") ?? "", new: new)
    } catch let error as PeopleError {
      return try await passwordPage(app, context, error: error.localizedDescription, status: .badRequest)
    }
    let account = try app.database.people.account(named: user.name)
    if let token = context.session?.token { await app.sessions.update(token, user: SessionUser(account)) }
    return await app.redirect(
      WebApp.home(for: SessionUser(account)), flash: UIText.text("password_changed", context.language),
      context)
  }

  /// A local path to return to; anything else (another site, a scheme) becomes the start page.
  static func safeTarget(_ target: String?, user: SessionUser? = nil) -> String {
    let fallback = user.map(WebApp.home(for:)) ?? "/"
    guard let target, target.hasPrefix("/"), !target.hasPrefix("//"), !target.contains("\\") else {
      return fallback
    }
    return target
  }
}
