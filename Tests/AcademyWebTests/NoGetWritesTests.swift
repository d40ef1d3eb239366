import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// No GET changes the database: every GET route of the route table, with real ids, as every
/// role and as an anonymous visitor, leaves every table's rows exactly as they were.
@Suite struct NoGetWritesTests {
  /// GET routes that still write, each a known bug owned by another area, to be emptied once
  /// that work is merged. Nothing else may ever be added here.
  static let knownWritingGets: Set<String> = []

  /// Every table's rows in rowid order, as text: the database as a reader would compare it.
  static func dump(_ harness: WebHarness) throws -> [String: [String]] {
    try harness.app.database.pool.read { db in
      var tables: [String: [String]] = [:]
      let names = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'")
      for name in names {
        tables[name] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\"").map(\.description).sorted()
      }
      return tables
    }
  }

  /// The tables whose rows differ between two dumps.
  static func changedTables(_ before: [String: [String]], _ after: [String: [String]]) -> [String] {
    Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
  }

  /// Real URLs for every GET route (after the writes that give them real ids: a revision in
  /// review, a live case) and a browser signed in as every role plus an anonymous one.
  static func everyGetURL(
    _ harness: WebHarness, _ client: any TestClientProtocol
  ) async throws -> (urls: [String: [String]], browsers: [TestBrowser]) {
    let original = try LibrarySupport.text(harness, "COL-002")
    let inForce = try harness.app.database.store.latestNumber("COL-002").description
    let getPaths = Set(harness.routeTable.filter { $0.method == .get }.map(\.path))
    var author = try await TestBrowser.signedIn("luis.garcia", client)
    let text = LibraryWorkflowTests.revised(original, "Every contact is logged the same day.")
    #expect(
      try await author.post("/sops/COL-002/save", ["text": text, "seen": inForce]).status == .seeOther)
    let draft = try harness.app.database.store.latestNumber("COL-002").description
    let submitted = try await author.post(
      "/sops/COL-002/submit", ["seen": draft, "note": "Same-day logging."])
    #expect(submitted.status == .seeOther)
    var trainee = try await TestBrowser.signedIn("tom.baker", client)
    let started = try await trainee.post("/cases", ["scenario": "forgetful-payer", "seed": "7"])
    let casePath = try #require(started.headers[.location])
    let urls: [String: [String]] = [
      "/": ["/"], "/login": ["/login", "/login?next=%2Fsops"], "/account/password": ["/account/password"],
      "/me/plan": ["/me/plan"], "/me/changes": ["/me/changes"],
      "/me/acknowledge/:id": ["/me/acknowledge/COL-002"],
      "/cases": ["/cases", "/cases?scenario=forgetful-payer"], "/cases/:case": [casePath],
      "/cases/:case/score": [casePath + "/score"], "/assets/:name": ["/assets/app.css"],
      "/sops": ["/sops", "/sops?format=json"], "/sops/search": ["/sops/search?q=dispute"],
      "/sops/new": ["/sops/new"], "/sops/:id": ["/sops/COL-002", "/sops/COL-002?rev=\(inForce)"],
      "/sops/:id/history": ["/sops/COL-002/history"],
      "/sops/:id/diff": ["/sops/COL-002/diff", "/sops/COL-002/diff?from=\(inForce)&to=\(draft)"],
      "/author": ["/author"], "/sops/:id/edit": ["/sops/COL-002/edit"],
      "/approvals": ["/approvals"], "/approvals/:id": ["/approvals/COL-002"],
      "/team": ["/team"], "/team/assign": ["/team/assign"],
      "/team/trainees/:user": ["/team/trainees/tom.baker"],
      "/team/export/:name": TeamExports.names.map { "/team/export/\($0)?since=2026-01-01" },
      "/admin/users": ["/admin/users"],
    ]
    #expect(Set(urls.keys) == getPaths, "every GET route has real URLs here")
    var browsers = [TestBrowser(client), author, trainee]
    for user in ["admin", "marta.lopez", "javier.moreno"] + WebHarness.singleRoleUsers {
      browsers.append(try await TestBrowser.signedIn(user, client))
    }
    return (urls, browsers)
  }

  @Test func noGetRouteChangesTheDatabase() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      // Writes first, through forms; log-ins write too (a session row and its audit entry):
      // all of them before the first dump.
      let found = try await Self.everyGetURL(harness, client)
      let urls = found.urls
      var browsers = found.browsers
      var before = try Self.dump(harness)
      for path in urls.keys.sorted() {
        for url in urls[path] ?? [] {
          for index in browsers.indices {
            let response = try await browsers[index].get(url)
            #expect(response.status != .internalServerError, "GET \(url)")
          }
        }
        let after = try Self.dump(harness)
        let changed = Self.changedTables(before, after)
        if Self.knownWritingGets.contains(path) {
          before = after
        } else {
          #expect(changed.isEmpty, "GET \(path) wrote to \(changed.joined(separator: ", "))")
        }
      }
    }
  }
}
