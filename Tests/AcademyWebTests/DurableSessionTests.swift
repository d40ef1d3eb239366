import AuditTrail
import Foundation
import HTTPTypes
import HummingbirdTesting
import People
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// Sessions live in the database: a restart signs nobody out, and instances on one data folder
/// serve one user and see each other's log-outs and role changes.
@Suite struct DurableSessionTests {
  @Test func aSessionSurvivesARestart() async throws {
    let first = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: first.folder) }
    let saved = Box<TestBrowser>()
    try await first.serve { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      #expect(try await browser.get("/me/plan").status == .ok)
      await saved.set(browser)
    }
    let restarted = try await first.reopened()
    try await restarted.serve { client in
      var browser = try #require(await saved.value).on(client)
      let plan = try await browser.get("/me/plan")
      #expect(plan.status == .ok)
      #expect(plan.text.contains("Tom Baker"))
      // The CSRF token survived too: a form posted after the restart is accepted...
      let switched = try await browser.post("/language", ["lang": "es", "back": "/me/plan"])
      #expect(switched.status == .seeOther)
      #expect(try await browser.get("/me/plan").text.contains(#"lang="es""#))
      // ...and a wrong one is still refused.
      let forged = try await browser.post("/language", ["lang": "en", "back": "/me/plan", "_csrf": "forged"])
      #expect(forged.status == .forbidden)
    }
  }

  /// The HMAC is skipped for the very cookie bytes checked before, never for a look-alike.
  @Test func aCookieLikeACheckedOneIsCheckedAgain() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      #expect(try await browser.get("/me/plan").status == .ok)
      let cookie = try #require(browser.cookies[SessionMiddleware.sessionCookie])
      let fields = cookie.split(separator: ".").map(String.init)
      try #require(fields.count == 3)
      let flipped = fields[2].first == "0" ? "1" : "0"
      let forgedTag = fields[0] + "." + fields[1] + "." + flipped + fields[2].dropFirst()
      let forgedTime = fields[0] + "." + String((Int(fields[1]) ?? 0) + 60) + "." + fields[2]
      for forged in [forgedTag, forgedTime] {
        var other = browser
        other.cookies[SessionMiddleware.sessionCookie] = forged
        let refused = try await other.get("/me/plan")
        #expect(refused.status == .seeOther, "\(forged)")
      }
      #expect(try await browser.get("/me/plan").status == .ok)
    }
  }

  @Test func aLogOutOnOneInstanceSignsTheUserOutOnTheOther() async throws {
    let harness = try await WebHarness.make()
    let other = try await harness.reopened()
    try await harness.test { clientA in
      try await other.serve { clientB in
        var onA = try await TestBrowser.signedIn("tom.baker", clientA)
        var onB = onA.on(clientB)
        #expect(try await onB.get("/me/plan").status == .ok)
        #expect(try await onA.get("/me/plan").status == .ok)
        #expect(try await onB.get("/me/plan").status == .ok)
        let out = try await onA.post("/logout")
        #expect(out.status == .seeOther)
        // B cached the session row; the log-out moved the change stamp, so it reads again.
        var stale = onA.on(clientB)
        stale.cookies = onB.cookies
        let refused = try await stale.get("/me/plan")
        #expect(refused.status == .seeOther)
        #expect(refused.headers[.location]?.hasPrefix("/login") == true)
      }
    }
  }

  @Test func anAdminsRoleChangeOnOneInstanceEndsTheSessionOnTheOther() async throws {
    let harness = try await WebHarness.make()
    let other = try await harness.reopened()
    try await harness.test { clientA in
      try await other.serve { clientB in
        var trainee = try await TestBrowser.signedIn("only-trainee", clientB)
        #expect(try await trainee.get("/me/plan").status == .ok)
        var admin = try await TestBrowser.signedIn("admin", clientA)
        let saved = try await admin.post("/admin/users/only-trainee/roles", ["role": "author"])
        #expect(saved.status == .seeOther)
        let after = try await trainee.get("/me/plan")
        #expect(after.headers[.location]?.hasPrefix("/login") == true)
        let entries = try await harness.app.database.pool.read { db in
          try AuditLog.entries(subject: "user:only-trainee", in: db).map(\.action)
        }
        #expect(entries.suffix(2) == ["user.roles", "session.end-all"])
      }
    }
  }

  @Test func theLogInThrottleSurvivesARestart() async throws {
    let first = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: first.folder) }
    try await first.serve { client in
      var browser = TestBrowser(client)
      for _ in 0..<PasswordThrottle.freeAttempts {
        let refused = try await browser.logIn("only-trainee", password: "not-the-password")
        #expect(refused.status == .unauthorized)
      }
    }
    let restarted = try await first.reopened()
    try await restarted.serve { client in
      var browser = TestBrowser(client)
      let throttled = try await browser.logIn("only-trainee", password: WebHarness.password)
      #expect(throttled.status == .tooManyRequests)
    }
  }

  @Test func logInAndLogOutAreAuditedAndTheRowHoldsOnlyTheIdsHash() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let cookie = try #require(browser.cookies["academy_session"])
      let id = String(cookie.prefix { $0 != "." })
      let rows = try await harness.app.database.pool.read { db in try WebSessionRecord.fetchAll(db) }
      #expect(rows.map(\.userName) == ["tom.baker"])
      #expect(rows.first?.idHash == WebSessionRecord.hash(id: id))
      #expect(rows.first?.idHash != id)
      _ = try await browser.post("/logout")
      let left = try await harness.app.database.pool.read { db in try WebSessionRecord.fetchCount(db) }
      #expect(left == 0)
      let actions = try await harness.app.database.pool.read { db in
        try AuditLog.entries(subject: "user:tom.baker", in: db).map(\.action)
      }
      #expect(actions.suffix(2) == ["session.start", "session.end"])
      let verified = try await harness.app.database.pool.read { db in try AuditLog.verify(in: db) }
      #expect(verified.isIntact)
    }
  }

  @Test func anAnonymousVisitorGetsNoRowAndASignedCookie() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = TestBrowser(client)
      let page = try await browser.get("/login")
      #expect(page.status == .ok)
      let visitor = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("academy_visitor=") })
      #expect(visitor.contains("HttpOnly"))
      #expect(visitor.contains("SameSite=Lax"))
      #expect(browser.cookies["academy_session"] == nil)
      let rows = try await harness.app.database.pool.read { db in try WebSessionRecord.fetchCount(db) }
      #expect(rows == 0)
      // A visitor cookie the server did not sign gives a fresh token; the old one is refused.
      var tampered = browser
      tampered.cookies["academy_visitor"] = "0123.en.1700000000.0123456789abcdef0123456789abcdef"
      let refused = try await tampered.post("/login", ["user": "tom.baker", "password": WebHarness.password])
      #expect(refused.status == .forbidden)
    }
  }

  @Test func aFlashIsShownOnceThenCleared() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("only-trainee", client)
      let changed = try await browser.post(
        "/account/password",
        ["current": WebHarness.password, "new": "Another-Pass-2026", "repeat": "Another-Pass-2026"])
      #expect(changed.status == .seeOther)
      #expect(browser.cookies["academy_flash"] != nil)
      let shown = try await browser.get(try #require(changed.headers[.location]))
      #expect(shown.text.contains("Password changed"))
      #expect(browser.cookies["academy_flash"] == nil)
      let again = try await browser.get(try #require(changed.headers[.location]))
      #expect(!again.text.contains("Password changed"))
    }
  }

  @Test func idleAndAbsoluteLimitsNeedNoWrite() async throws {
    let start = try #require(Date(utcTimestamp: "2026-12-03T08:00:00.000Z"))
    let clock = MovableClock(start)
    let first = try await WebHarness.make()
    let harness = try await first.reopened(clock: clock.source)
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let signedInCookie = browser.cookies["academy_session"]
      clock.advance(7 * 3600)
      #expect(try await browser.get("/sops").status == .ok)
      #expect(browser.cookies["academy_session"] != signedInCookie, "the last-seen time was renewed")
      var idle = browser
      idle.cookies["academy_session"] = signedInCookie
      clock.advance(3600 + 1)
      #expect(try await idle.get("/sops").status == .seeOther, "8 idle hours ended the old cookie")
      #expect(try await browser.get("/sops").status == .ok, "the renewed one is 1 hour idle")
      clock.advance(3 * 3600)
      #expect(try await browser.get("/sops").status == .ok)
      clock.advance(3600)
      #expect(try await browser.get("/sops").status == .seeOther, "12 hours after log-in it ends")
    }
  }
}

/// A value handed from one server's test body to the next.
actor Box<Value: Sendable> {
  var value: Value?
  func set(_ value: Value) { self.value = value }
}

/// A clock a test moves by hand.
final class MovableClock: @unchecked Sendable {
  // @unchecked: `now` is only touched while holding `lock`.
  private let lock = NSLock()
  private var now: Date

  init(_ start: Date) { now = start }

  func advance(_ seconds: TimeInterval) { lock.withLock { now = now.addingTimeInterval(seconds) } }

  var source: TimeSource { TimeSource { [self] in lock.withLock { now } } }
}

/// "My attempts" opens each attempt's score page, after a restart and days later too.
@Suite struct AttemptScorePageTests {
  @Test func anAttemptOpensItsScorePageDaysLater() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let casePath = Box<String>()
    try await harness.serve { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let started = try await browser.post("/cases", ["scenario": "forgetful-payer", "seed": "7"])
      let path = try #require(started.headers[.location])
      #expect(try await browser.post("\(path)/finish", [:]).status == .seeOther)
      let list = try await browser.get("/cases")
      #expect(list.text.contains("href=\"\(path)/score\""))
      await casePath.set(path)
    }
    // Three days on, another trainee opens a case (which closes idle cases): the score stays.
    let later = try await harness.reopened(clock: .fixed(Date().addingTimeInterval(3 * 86_400)))
    try await later.serve { client in
      var other = try await TestBrowser.signedIn("lucia.fernandez", client)
      _ = try await other.post("/cases", ["scenario": "forgetful-payer", "seed": "8"])
      var browser = try await TestBrowser.signedIn("tom.baker", client)  // the old session ended
      let path = try #require(await casePath.value)
      let score = try await browser.get("\(path)/score")
      #expect(score.status == .ok)
      #expect(try await browser.get("/cases").text.contains("href=\"\(path)/score\""))
    }
  }
}

/// One pass mark: the plan item's where the trainee's plan sets one, on the score page, on the
/// recorded attempt and on the plan alike.
@Suite struct PlanPassMarkTests {
  @Test func theScorePageJudgesByThePlansPassMark() async throws {
    let harness = try await WebHarness.make()
    let scenario = try harness.app.practice.scenario("forgetful-payer")
    #expect(scenario.passMark == 70)
    #expect(try harness.app.practice.judged(scenario, for: "tom.baker").passMark == 75)  // associate-en
    #expect(try harness.app.practice.judged(scenario, for: "javier.moreno").passMark == 70)  // no plan
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let started = try await browser.post("/cases", ["scenario": "forgetful-payer", "seed": "7"])
      let path = try #require(started.headers[.location])
      #expect(try await browser.post("\(path)/finish", [:]).status == .seeOther)
      let score = try await browser.get("\(path)/score")
      #expect(score.text.contains("against a pass mark of 75"))
    }
  }
}
