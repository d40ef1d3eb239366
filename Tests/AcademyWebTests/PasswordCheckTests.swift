import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import People
import SOPKit
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// Every password check is throttled per user name and client address, in the database; a
/// wrong current password tells nothing; a password change ends the user's other sessions.
@Suite struct PasswordCheckTests {
  static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

  static func browser(_ client: any TestClientProtocol, at address: String) -> TestBrowser {
    var browser = TestBrowser(client)
    browser.headers[forwardedFor] = address
    return browser
  }

  @Test func theThrottleCountsByNameAndAddressAndSurvivesARestart() async throws {
    let harness = try await WebHarness.make(behindProxy: true)
    let folder = harness.folder
    try await harness.test { client in
      var attacker = Self.browser(client, at: "198.51.100.7")
      for _ in 0..<PasswordThrottle.freeAttempts {
        let refused = try await attacker.logIn("only-trainee", password: "guess-kettle-1")
        #expect(refused.status == .unauthorized)
      }
      let throttled = try await attacker.logIn("only-trainee", password: WebHarness.password)
      #expect(throttled.status == .tooManyRequests)
      #expect(throttled.text.contains("Try again in 1 minute(s); nothing was done."))
      // The colleague at her own desk is not locked out by guesses made elsewhere.
      var colleague = Self.browser(client, at: "192.0.2.10")
      let own = try await colleague.logIn("only-trainee", password: WebHarness.password)
      #expect(own.status == .seeOther)
      // A spoofed first entry does not move the attacker: the proxy's entry (the last) counts.
      var spoofed = Self.browser(client, at: "192.0.2.10, 198.51.100.7")
      #expect(
        try await spoofed.logIn("only-trainee", password: WebHarness.password).status == .tooManyRequests)
      // The counters are in the database: a new process over the same folder still sees them.
      let reopened = try AcademyDatabase.open(folder: folder, clock: .system)
      #expect(try reopened.passwordThrottle.wait(user: "only-trainee", client: "198.51.100.7") > 0)
      #expect(try reopened.passwordThrottle.wait(user: "only-trainee", client: "192.0.2.10") == 0)
    }
  }

  @Test func aWrongCurrentPasswordGetsOneAnswerWhateverTheNewOneAndIsThrottled() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("only-trainee", client)
      var answers: Set<String> = []
      for (guess, new, repeated) in [
        ("guess-kettle-1", "guess-kettle-1", "guess-kettle-1"), ("guess-kettle-2", "password", "password"),
        ("guess-kettle-3", "fresh-harbour-77", "other-harbour-77"), ("guess-kettle-4", "x", "x"),
        ("guess-kettle-5", "fresh-harbour-77", "fresh-harbour-77"),
      ] {
        let response = try await browser.post(
          "/account/password", ["current": guess, "new": new, "repeat": repeated])
        #expect(response.status == .badRequest)
        answers.insert(Self.errorText(response.text))
      }
      #expect(answers == ["The current password is wrong: nothing was changed."])
      let throttled = try await browser.post(
        "/account/password",
        ["current": WebHarness.password, "new": "fresh-harbour-77", "repeat": "fresh-harbour-77"])
      #expect(throttled.status == .tooManyRequests)
      _ = try harness.app.database.people.authenticate(name: "only-trainee", password: WebHarness.password)
    }
  }

  @Test func onlyARightCurrentPasswordHearsAboutTheNewOne() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("only-trainee", client)
      let same = try await browser.post(
        "/account/password",
        ["current": WebHarness.password, "new": WebHarness.password, "repeat": WebHarness.password])
      #expect(Self.errorText(same.text) == "New password: choose one that differs from the current one.")
      let common = try await browser.post(
        "/account/password", ["current": WebHarness.password, "new": "password", "repeat": "password"])
      #expect(common.status == .badRequest)
      #expect(Self.errorText(common.text).hasPrefix("Password: this one is on the list of common passwords"))
      let differ = try await browser.post(
        "/account/password",
        ["current": WebHarness.password, "new": "fresh-harbour-77", "repeat": "fresh-harbour-7"])
      #expect(Self.errorText(differ.text) == "The two new passwords differ.")
    }
  }

  @Test func aPasswordChangeEndsTheUsersOtherSessionsButNotThisOne() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var here = try await TestBrowser.signedIn("only-trainee", client)
      var elsewhere = try await TestBrowser.signedIn("only-trainee", client)
      var colleague = try await TestBrowser.signedIn("only-author", client)
      #expect(try await elsewhere.get("/sops").status == .ok)
      let changed = try await here.post(
        "/account/password",
        ["current": WebHarness.password, "new": "fresh-harbour-77", "repeat": "fresh-harbour-77"])
      #expect(changed.status == .seeOther)
      #expect(try await here.get("/sops").status == .ok)
      let ended = try await elsewhere.get("/sops")
      #expect(ended.status == .seeOther)
      #expect(ended.headers[.location] == "/login?next=%2Fsops")
      #expect(try await colleague.get("/sops").status == .ok)
    }
  }

  @Test func signaturesAndAcknowledgementsAreThrottledToo() async throws {
    let harness = try await WebHarness.make()
    let people = harness.app.database.people
    let store = harness.app.database.store
    var text = try store.revision("COL-002").revision.content
    text = text.replacingOccurrences(of: "## Purpose\n\n", with: "## Purpose\n\nReviewed wording.\n\n")
    let document = SOPDocument.parse(SourceFile(path: "COL-002.md", text: text)).document
    _ = try store.importRevision(
      try #require(RevisionCandidate(document: document)), by: people.signer(named: "luis.garcia"))
    try store.submit("COL-002", SubmitRequest(), by: people.signer(named: "luis.garcia"))
    let draft = try store.latestNumber("COL-002").description
    try await harness.test { client in
      var lead = try await TestBrowser.signedIn("marta.lopez", client)
      var trainee = try await TestBrowser.signedIn("tom.baker", client)
      for _ in 0..<PasswordThrottle.freeAttempts {
        let wrong = try await lead.post(
          "/approvals/COL-002", ["action": "approve", "seen": draft, "password": "guess-kettle-1"])
        #expect(wrong.status == .unauthorized)
        let unrecorded = try await trainee.post("/me/acknowledge/COL-001", ["password": "guess-kettle-1"])
        #expect(unrecorded.status == .unauthorized)
      }
      let signed = try await lead.post(
        "/approvals/COL-002", ["action": "approve", "seen": draft, "password": WebHarness.password])
      #expect(signed.status == .tooManyRequests)
      #expect(signed.text.contains("Too many wrong passwords"))
      #expect(try store.revision("COL-002").signatures.isEmpty)
      let acknowledged = try await trainee.post("/me/acknowledge/COL-001", ["password": WebHarness.password])
      #expect(acknowledged.status == .tooManyRequests)
      #expect(try harness.app.database.training.acknowledgements(trainee: "tom.baker").isEmpty)
    }
  }

  @Test func aControlCharacterInNextNeverReachesTheLocationHeader() async throws {
    #expect(AccountPages.safeTarget("/\t/evil.example") == "/")
    #expect(AccountPages.safeTarget("/sops\r\nSet-Cookie: x=1") == "/")
    #expect(AccountPages.safeTarget("/sops/COL-002?rev=1.0#scope") == "/sops/COL-002?rev=1.0#scope")
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = TestBrowser(client)
      _ = try await browser.get("/login")
      let login = try await browser.post(
        "/login", ["user": "only-author", "password": WebHarness.password, "next": "/\t/evil.example"])
      #expect(login.headers[.location] == "/author")
    }
  }

  @Test func aNameWithANewlineCannotForgeALogLine() async throws {
    let lines = LogLines()
    let harness = try await WebHarness.make(logger: Logger(label: "test") { _ in lines })
    try await harness.test { client in
      var browser = TestBrowser(client)
      _ = try await browser.logIn(
        "x\n2026-12-03 info academy: user=admin [AcademyWeb] log-in", password: "guess-1")
    }
    let logged = lines.all.filter { $0.contains("wrong password") }
    #expect(logged.count == 1)
    #expect(logged.allSatisfy { !$0.contains("\n") && $0.contains("x\\u{a}2026-12-03") }, "\(logged)")
  }

  @Test func namesAreEscapedForTheLog() {
    #expect(
      LogText.escaped("ana\n2026-12-03 INFO log-in user=admin")
        == "ana\\u{a}2026-12-03 INFO log-in user=admin")
    #expect(LogText.escaped("a\r\u{2028}b\\u{a}") == "a\\u{d}\\u{2028}b\\\\u{a}")
    #expect(LogText.escaped("lucía.fernández") == "lucía.fernández")
  }

  /// The text of the page's error box.
  static func errorText(_ html: String) -> String {
    guard let start = html.range(of: #"<p class="error""#),
      let open = html[start.upperBound...].range(of: ">"),
      let end = html[open.upperBound...].range(of: "</p>")
    else { return "" }
    return String(html[open.upperBound..<end.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// A log handler that keeps each message with its metadata as one line.
final class LogLines: LogHandler, @unchecked Sendable {
  // @unchecked: `lines` is only touched while `lock` is held; the rest is unused state.
  private let lock = NSLock()
  private var lines: [String] = []
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .trace

  var all: [String] { lock.withLock { lines } }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let fields = (event.metadata ?? [:]).map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
    lock.withLock { lines.append("\(event.message) \(fields)") }
  }
}
