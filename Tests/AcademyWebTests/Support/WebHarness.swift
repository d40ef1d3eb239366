import AuditTrail
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import People
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// A web app over a fresh temporary data folder seeded with the demo library, users (password
/// `DemoPass-2026`, not one-time) and plans, plus one user per system role holding only it.
struct WebHarness {
  static let password = "DemoPass-2026"
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  /// Users holding exactly one system role each: `only-trainee`, `only-author`...
  static let singleRoleUsers = Role.system.map { "only-\($0.name)" }

  let app: WebApp
  let folder: String

  /// `behindProxy`: the app takes the client's address from `X-Forwarded-For`, so a test can
  /// play browsers at several addresses.
  static func make(
    now: String? = nil, behindProxy: Bool = false, port: Int = 8080, logger: Logger = Logger(label: "test")
  ) async throws -> WebHarness {
    let folder = NSTemporaryDirectory() + "academy-web-\(UUID().uuidString)"
    let root = repositoryRoot
    var settings = WebSettings(
      dataFolder: folder,
      content: ContentFolders(sops: "\(root)/sops", scenarios: "\(root)/scenarios", plans: "\(root)/plans"),
      behindProxy: behindProxy)
    settings.port = port
    var clock = TimeSource.system
    if let now, let date = Date(utcTimestamp: now) { clock = .fixed(date) }
    let app = try await WebApp(settings: settings, clock: clock, logger: logger)
    _ = try await DemoSeed(database: app.database, content: settings.content).seedIfEmpty(
      password: { password }, oneTime: false)
    for role in Role.system {
      try app.database.people.add(
        name: "only-\(role.name)", fullName: "Only \(role.name.capitalized)", roles: [role],
        password: password,
        by: "admin")
    }
    return WebHarness(app: app, folder: folder)
  }

  /// Runs `body` against the router in process, then removes the data folder.
  func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await serve(body)
  }

  /// Runs `body` against the router in process and leaves the data folder.
  func serve(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let (router, _) = WebServer.router(for: app)
    let application = Application(router: router)
    try await application.test(.router, body)
  }

  /// A second web app over the same data folder: another instance, or this one restarted.
  func reopened(clock: TimeSource = .system) async throws -> WebHarness {
    WebHarness(
      app: try await WebApp(settings: app.settings, clock: clock, logger: Logger(label: "test")),
      folder: folder)
  }

  /// Runs `body` against the server `academy serve` runs, over TCP (make the harness with
  /// `port: 0`), then removes the data folder.
  func testServed(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await WebServer.application(for: app).test(.live, body)
  }

  /// `trainee` acknowledges the revisions in force of `sops` (prerequisites of a pass item).
  func acknowledge(_ sops: [String], as trainee: String) throws {
    let signer = try app.database.people.signer(named: trainee)
    for id in sops { try app.database.training.acknowledge(id, by: signer) }
  }

  /// Every route with its access rule.
  var routeTable: [RouteSpec] { WebServer.router(for: app).1 }
}

/// A browser in a test: keeps its cookies (session, visitor, flash) and the CSRF token,
/// follows nothing.
struct TestBrowser {
  let client: any TestClientProtocol
  /// The cookies by name, as the server last set them.
  var cookies: [String: String] = [:]
  var csrf: String?
  /// Sent with every request (e.g. `X-Forwarded-For` to play a browser elsewhere).
  var headers: HTTPFields = [:]

  init(_ client: any TestClientProtocol) {
    self.client = client
  }

  /// The same browser talking to another server (instance).
  func on(_ other: any TestClientProtocol) -> TestBrowser {
    var browser = TestBrowser(other)
    browser.cookies = cookies
    browser.csrf = csrf
    browser.headers = headers
    return browser
  }

  /// The session cookie as a `Cookie` header would carry it, if the browser holds one.
  var cookie: String? {
    cookies["academy_session"].map { "academy_session=\($0)" }
  }

  /// Every cookie held, as the `Cookie` header sends them.
  var cookieHeader: String? {
    cookies.isEmpty
      ? nil : cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
  }

  /// Logs in as `user` (password `WebHarness.password`); fails the test if refused.
  static func signedIn(
    _ user: String, _ client: any TestClientProtocol, password: String = WebHarness.password
  ) async throws -> TestBrowser {
    var browser = TestBrowser(client)
    let response = try await browser.logIn(user, password: password)
    #expect(response.status == .seeOther, "log-in as \(user) was refused")
    return browser
  }

  /// Opens the log-in form and posts it.
  mutating func logIn(_ user: String, password: String) async throws -> TestResponse {
    _ = try await get("/login")
    return try await post("/login", ["user": user, "password": password])
  }

  @discardableResult
  mutating func get(_ path: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
    var headers = self.headers
    headers.append(contentsOf: extra)
    if let cookieHeader { headers[.cookie] = cookieHeader }
    let response = try await client.execute(uri: path, method: .get, headers: headers)
    remember(response)
    return response
  }

  /// Posts `form` with the session's CSRF token (unless the form names its own `_csrf`).
  @discardableResult
  mutating func post(_ path: String, _ form: [String: String] = [:]) async throws -> TestResponse {
    var fields = form
    if fields["_csrf"] == nil, let csrf { fields["_csrf"] = csrf }
    return try await postRaw(path, fields.map { ($0.key, $0.value) })
  }

  /// Posts fields exactly as given (repeated keys allowed).
  @discardableResult
  mutating func postRaw(_ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
    var headers = self.headers
    headers[.contentType] = "application/x-www-form-urlencoded"
    if let cookieHeader { headers[.cookie] = cookieHeader }
    let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    let response = try await client.execute(
      uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    remember(response)
    if response.status == .seeOther, response.headers[.location] != nil, path == "/login" {
      // A fresh session after log-in: fetch a page to learn its CSRF token.
      _ = try await get("/account/password")
    }
    return response
  }

  private mutating func remember(_ response: TestResponse) {
    for header in response.headers[values: .setCookie] {
      let name = String(header.prefix { $0 != "=" })
      let value = String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
      cookies[name] = value.isEmpty || header.contains("Max-Age=0") ? nil : value
    }
    let html = String(buffer: response.body)
    if let range = html.range(of: #"name="_csrf" value=""#) {
      csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
    }
  }

  static func encode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }
}
