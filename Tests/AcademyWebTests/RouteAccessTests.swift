import HTTPTypes
import HummingbirdTesting
import People
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// Every route against every role: the table the routes register is the table tested, so a
/// new route is covered the day it is added.
@Suite struct RouteAccessTests {
  /// A sample value for each path parameter; a 404 for it still proves the role check passed.
  static func samplePath(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
      guard part.hasPrefix(":") else { return String(part) }
      switch part {
      case ":id", ":sop": return "COL-002"
      case ":name": return "app.css"
      case ":scenario": return "forgetful-payer"
      case ":user": return "only-trainee"
      default: return "1"
      }
    }.joined(separator: "/")
  }

  @Test func everyRoleIsCheckedOnEveryRoute() async throws {
    let harness = try await WebHarness.make()
    let table = harness.routeTable
    #expect(table.count >= 8)
    try await harness.test { client in
      for role in Role.system {
        var browser = try await TestBrowser.signedIn("only-\(role.name)", client)
        for spec in table {
          let path = Self.samplePath(spec.path)
          if spec.path == "/logout" { continue }
          let response =
            spec.method == .get ? try await browser.get(path) : try await browser.post(path, [:])
          let user = SessionUser(try harness.app.database.people.account(named: "only-\(role.name)"))
          if spec.access.allows(user) {
            #expect(response.status != .forbidden, "\(role.name) \(spec.method) \(spec.path)")
          } else {
            #expect(response.status == .forbidden, "\(role.name) \(spec.method) \(spec.path)")
          }
          #expect(response.status != .internalServerError, "\(role.name) \(spec.method) \(spec.path)")
        }
      }
    }
  }

  @Test func anonymousVisitorsReachOnlyPublicRoutes() async throws {
    let harness = try await WebHarness.make()
    let table = harness.routeTable
    try await harness.test { client in
      var browser = TestBrowser(client)
      _ = try await browser.get("/login")
      for spec in table where spec.access != .anyone {
        let path = Self.samplePath(spec.path)
        let response = spec.method == .get ? try await browser.get(path) : try await browser.post(path, [:])
        #expect(response.status == .seeOther, "\(spec.method) \(spec.path)")
        #expect(response.headers[.location]?.hasPrefix("/login") == true, "\(spec.method) \(spec.path)")
      }
    }
  }
}
