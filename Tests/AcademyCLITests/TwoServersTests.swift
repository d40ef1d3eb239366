import Foundation
import People
import Testing

@testable import AcademyServices

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two real `academy serve` processes on one data folder serve one signed-in user
/// alternately: the session is a row both read, and a log-out on one ends it on the other.
@Suite(.serialized) struct TwoServersTests {
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func twoServersServeOneSignedInUserAlternately() async throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let database = try AcademyDatabase.open(folder: scratch.data, clock: .system)
    try database.people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "granite-41", by: nil)
    try database.people.add(
      name: "tom", fullName: "Tom Baker", roles: [.trainee], password: "lantern-312-quay", by: "root")
    let base = 20_000 + Int.random(in: 0..<20_000)
    let first = try Server(data: scratch.data, port: base, folder: scratch.root)
    defer { first.stop() }
    let second = try Server(data: scratch.data, port: base + 1, folder: scratch.root)
    defer { second.stop() }
    try first.waitUntilServing()
    try second.waitUntilServing()

    var browser = HTTPBrowser()
    let form = try browser.request("GET", "/login", port: first.port)
    #expect(form.status == 200)
    let login = try browser.request(
      "POST", "/login", port: first.port, form: ["user": "tom", "password": "lantern-312-quay"])
    #expect(login.status == 303)
    #expect(browser.cookies["academy_session"] != nil)
    for round in 0..<3 {
      for server in [second, first] {
        let page = try browser.request("GET", "/sops", port: server.port)
        #expect(page.status == 200, "round \(round) on port \(server.port)")
        #expect(page.body.contains("Tom Baker"), "round \(round) on port \(server.port)")
      }
    }
    let out = try browser.request("POST", "/logout", port: second.port, form: [:])
    #expect(out.status == 303)
    var stale = HTTPBrowser()
    stale.cookies = ["academy_session": try #require(login.cookies["academy_session"])]
    let refused = try stale.request("GET", "/sops", port: first.port)
    #expect(refused.status == 303)
    #expect(refused.headers["location"]?.hasPrefix("/login") == true)
  }
}

/// One `academy serve` process.
private final class Server {
  let process = Process()
  let port: Int

  init(data: String, port: Int, folder: URL) throws {
    self.port = port
    process.executableURL = KillTests.binary
    process.currentDirectoryURL = folder
    process.arguments = ["serve", "--data", data, "--port", String(port)]
    var environment = ProcessInfo.processInfo.environment
    environment["ACADEMY_NOW"] = nil
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  /// Polls `/login` until it answers (at most 30 s).
  func waitUntilServing() throws {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      var probe = HTTPBrowser()
      if let answer = try? probe.request("GET", "/login", port: port), answer.status == 200 { return }
      usleep(100_000)
    }
    Issue.record("academy serve on port \(port) did not answer within 30 s")
  }

  func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }
}

/// The least HTTP/1.1 a test needs: one request per connection, cookies kept, the CSRF token
/// read from the last page's forms, redirects not followed.
private struct HTTPBrowser {
  struct Answer {
    var status: Int
    var headers: [String: String]
    var cookies: [String: String]
    var body: String
  }

  var cookies: [String: String] = [:]
  var csrf: String?

  mutating func request(_ method: String, _ path: String, port: Int, form: [String: String]? = nil) throws
    -> Answer
  {
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    if !cookies.isEmpty {
      head += "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
    }
    var body = ""
    if var form {
      if let csrf, form["_csrf"] == nil { form["_csrf"] = csrf }
      var allowed = CharacterSet.alphanumerics
      allowed.insert(charactersIn: "-._~")
      body = form.map {
        "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.value)"
      }.joined(separator: "&")
      head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
    }
    let answer = try Self.exchange(head + "\r\n" + body, port: port)
    for (name, value) in answer.cookies { cookies[name] = value.isEmpty ? nil : value }
    if let range = answer.body.range(of: #"name="_csrf" value=""#) {
      csrf = String(answer.body[range.upperBound...].prefix { $0 != "\"" })
    }
    return answer
  }

  struct Refused: Error {}

  private static func exchange(_ text: String, port: Int) throws -> Answer {
    #if canImport(Glibc)
      let socketType = Int32(SOCK_STREAM.rawValue)
    #else
      let socketType = SOCK_STREAM
    #endif
    let handle = socket(AF_INET, socketType, 0)
    guard handle >= 0 else { throw Refused() }
    defer { close(handle) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw Refused() }
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBufferPointer { send(handle, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { throw Refused() }
      sent += count
    }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = recv(handle, &buffer, buffer.count, 0)
      if count <= 0 { break }
      received += buffer[0..<count]
    }
    let whole = String(decoding: received, as: UTF8.self)
    guard let split = whole.range(of: "\r\n\r\n") else { throw Refused() }
    let lines = whole[..<split.lowerBound].components(separatedBy: "\r\n")
    let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
    var headers: [String: String] = [:]
    var cookies: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      headers[name] = value
      if name == "set-cookie" {
        let pair = value.prefix { $0 != ";" }
        let cookie = String(pair.prefix { $0 != "=" })
        let expired = value.contains("Max-Age=0")
        cookies[cookie] = expired ? "" : String(pair.dropFirst(cookie.count + 1))
      }
    }
    return Answer(
      status: status, headers: headers, cookies: cookies, body: String(whole[split.upperBound...]))
  }
}
