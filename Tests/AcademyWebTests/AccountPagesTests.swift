import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AcademyServices
@testable import AcademyWeb

@Suite struct AccountPagesTests {
  @Test func logInSendsEachRoleToItsStartPage() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      for (user, home) in [
        ("only-trainee", "/me/plan"), ("only-manager", "/team"), ("only-approver", "/approvals"),
        ("only-author", "/author"), ("only-admin", "/admin/users"),
      ] {
        var browser = TestBrowser(client)
        let response = try await browser.logIn(user, password: WebHarness.password)
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == home, "\(user)")
      }
    }
  }

  @Test func sessionCookieIsHttpOnlyAndLaxAndRotatesAtLogIn() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = TestBrowser(client)
      let form = try await browser.get("/login")
      #expect(browser.cookie == nil, "an anonymous visitor has no session")
      let login = try await browser.post("/login", ["user": "only-trainee", "password": WebHarness.password])
      #expect(form.status == .ok)
      let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("academy_session=") })
      #expect(cookie.contains("HttpOnly"))
      #expect(cookie.contains("SameSite=Lax"))
      #expect(!cookie.contains("Secure"))
      let first = try #require(browser.cookie)
      _ = try await browser.post("/logout")
      #expect(browser.cookie == nil, "log-out deletes the session cookie")
      // The log-in form after log-out carries the visitor's CSRF token, not the ended session's.
      _ = try await browser.logIn("only-trainee", password: WebHarness.password)
      #expect(browser.cookie != nil)
      #expect(browser.cookie != first)
    }
  }

  @Test func wrongPasswordIsRefusedAndRepeatedFailuresAreThrottled() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = TestBrowser(client)
      for _ in 0..<PasswordThrottle.freeAttempts {
        let refused = try await browser.logIn("only-trainee", password: "not-the-password")
        #expect(refused.status == .unauthorized)
        #expect(refused.text.contains("Wrong user name or password."))
      }
      let throttled = try await browser.logIn("only-trainee", password: WebHarness.password)
      #expect(throttled.status == .tooManyRequests)
      #expect(
        throttled.text.contains(
          "Too many wrong passwords for this user from this address. Try again in 1 minute(s)"))
    }
  }

  @Test func postWithoutTheSessionsCSRFTokenIsRefused() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("only-trainee", client)
      let forged = try await browser.post(
        "/account/password",
        ["_csrf": "forged", "current": WebHarness.password, "new": "x1234567", "repeat": "x1234567"])
      #expect(forged.status == .forbidden)
      #expect(forged.text.contains("stale or came from another site"))
      #expect(try harness.app.database.people.account(named: "only-trainee").mustChangePassword == false)
      _ = try harness.app.database.people.authenticate(name: "only-trainee", password: WebHarness.password)
    }
  }

  @Test func oneTimePasswordMustBeChangedBeforeAnythingElse() async throws {
    let harness = try await WebHarness.make()
    try harness.app.database.people.resetPassword(name: "only-trainee", to: "OneTime-123", by: "admin")
    try await harness.test { client in
      var browser = TestBrowser(client)
      let login = try await browser.logIn("only-trainee", password: "OneTime-123")
      #expect(login.headers[.location] == "/account/password")
      let blocked = try await browser.get("/sops")
      #expect(blocked.headers[.location] == "/account/password")
      let differ = try await browser.post(
        "/account/password", ["current": "OneTime-123", "new": "Mine-12345", "repeat": "Mine-54321"])
      #expect(differ.status == .badRequest)
      let changed = try await browser.post(
        "/account/password", ["current": "OneTime-123", "new": "Mine-12345", "repeat": "Mine-12345"])
      #expect(changed.status == .seeOther)
      #expect(changed.headers[.location] == "/me/plan")
      _ = try harness.app.database.people.authenticate(name: "only-trainee", password: "Mine-12345")
    }
  }

  @Test func anonymousVisitorsAreSentToLogInAndBackAfterwards() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = TestBrowser(client)
      let page = try await browser.get("/sops")
      #expect(page.status == .seeOther)
      #expect(page.headers[.location] == "/login?next=%2Fsops")
      _ = try await browser.get("/login?next=%2Fsops")
      let login = try await browser.post(
        "/login", ["user": "only-author", "password": WebHarness.password, "next": "/sops"])
      #expect(login.headers[.location] == "/sops")
      #expect(AccountPages.safeTarget("//evil.example/x") == "/")
      #expect(AccountPages.safeTarget("https://evil.example") == "/")
    }
  }

  @Test func everyResponseCarriesTheSecurityHeadersAndErrorsLeakNothing() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("only-trainee", client)
      for path in ["/login", "/no/such/page", "/admin/users", "/assets/app.css"] {
        let response = try await browser.get(path)
        let csp = response.headers[.contentSecurityPolicy] ?? ""
        #expect(csp.contains("script-src 'self'"), "\(path)")
        #expect(!csp.contains("unsafe-inline"), "\(path)")
        #expect(csp.contains("frame-ancestors 'none'"), "\(path)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
      }
      let missing = try await browser.get("/no/such/page")
      #expect(missing.status == .notFound)
      #expect(!missing.text.contains("/no/such/page"))
      let forbidden = try await browser.get("/admin/users")
      #expect(forbidden.status == .forbidden)
      #expect(forbidden.text.contains("Your role does not give access"))
    }
  }

  @Test func languageFollowsAcceptLanguageThenTheUsersChoice() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = TestBrowser(client)
      let spanish = try await browser.get("/login", headers: [.acceptLanguage: "es-ES,es;q=0.9,en;q=0.5"])
      #expect(spanish.text.contains("Iniciar sesión"))
      #expect(spanish.text.contains("<html lang=\"es\">"))
      _ = try await browser.post("/language", ["lang": "en", "back": "/login"])
      let english = try await browser.get("/login", headers: [.acceptLanguage: "es"])
      #expect(english.text.contains("<h1>Log in</h1>"))
      #expect(UILanguage.preferred(acceptLanguage: "fr-FR, es;q=0.2") == .es)
      #expect(UILanguage.preferred(acceptLanguage: nil) == .en)
    }
  }

  @Test func everyLabelHasBothLanguages() {
    for key in UIText.keys {
      #expect(!UIText.text(key, .en).isEmpty, "\(key)")
      #expect(!UIText.text(key, .es).isEmpty, "\(key)")
    }
  }
}
