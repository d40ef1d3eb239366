import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import AcademyWeb

/// The extremes of issue 14 sent to the server in process: each is refused with a page that
/// names the field, and the server keeps answering (a trap would end this test process).
@Suite struct ExtremeInputWebTests {
  /// Form posts that once stopped `academy serve` or could, with what the refusal names.
  static let extremes: [(fields: [(String, String)], expected: String)] = [
    (
      [
        ("action", "record_promise"), ("invoices", "overdue"), ("amount", "92233720368547758.08"),
        ("promised_date", "+5"),
      ],
      "Amount: “92233720368547758.08” is too large. Type an amount up to 999999999.99."
    ),
    (
      [
        ("action", "record_promise"), ("invoices", "overdue"), ("amount", "1000000000.00"),
        ("promised_date", "+5"),
      ],
      "Amount: “1000000000.00” is too large."
    ),
    (
      [
        ("action", "record_promise"), ("invoices", "overdue"), ("amount", "100.00"),
        ("promised_date", "0000-01-01"),
      ],
      "Promised date: “0000-01-01” is not a date. Type a date from 1900-01-01 to 2199-12-31"
    ),
    (
      [
        ("action", "record_promise"), ("invoices", "overdue"), ("amount", "100.00"),
        ("promised_date", "+9223372036854775807"),
      ],
      "Promised date: “+9223372036854775807” is not a date."
    ),
  ]

  @Test func everyExtremeIsRefusedAndTheServerKeepsServing() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let casePath = try await PracticeCaseTests.start(&browser, scenario: "forgetful-payer", seed: "1")
      for extreme in Self.extremes {
        let response = try await browser.postRaw(
          "\(casePath)/act", extreme.fields + [("_csrf", browser.csrf ?? "")])
        #expect(response.status == .badRequest, "\(extreme.fields)")
        #expect(response.text.contains(extreme.expected), "\(extreme.fields)")
        let again = try await browser.get(casePath)
        #expect(again.status == .ok)
      }
      let clockMoves: [([(String, String)], String)] = [
        (
          [("kind", "wait"), ("days", "9223372036854775807")],
          "Write the number of days to wait as a whole number from 0 to 3650."
        ),
        (
          [("kind", "advance_to"), ("date", "0000-01-01")],
          "“0000-01-01” is not a date to advance to. Type a date from 1900-01-01 to 2199-12-31 as YYYY-MM-DD."
        ),
      ]
      for (fields, expected) in clockMoves {
        let response = try await browser.postRaw(
          "\(casePath)/clock", fields + [("_csrf", browser.csrf ?? "")])
        #expect(response.status == .badRequest, "\(fields)")
        #expect(response.text.contains(expected), "\(fields)")
      }
      let catalogue = try await browser.get("/cases")
      #expect(catalogue.status == .ok)
    }
  }

  /// A write that fails because the disk is full says so, and that nothing was saved; the
  /// route beside it that only reads still answers.
  @Test func aFullDiskSaysNothingWasSavedAndReadsGoOn() async throws {
    let harness = try await WebHarness.make()
    defer { try? FileManager.default.removeItem(atPath: harness.folder) }
    let router = Router(context: WebContext.self)
    router.add(middleware: ErrorPageMiddleware(app: harness.app))
    router.post("/save") { _, _ -> String in
      throw DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
    }
    router.post("/write-file") { _, _ -> String in
      throw CocoaError(.fileWriteOutOfSpace)
    }
    router.get("/read") { _, _ -> String in "still here" }
    try await Application(router: router).test(.router) { client in
      for path in ["/save", "/write-file"] {
        let full = try await client.execute(uri: path, method: .post)
        #expect(full.status.code == 507)
        #expect(full.text.contains("Nothing was saved: the server&#39;s disk is full"))
        #expect(full.text.contains("Pages you read still work. Tell an admin to free disk space"))
        #expect(!full.text.contains("SQLITE"))
      }
      let read = try await client.execute(uri: "/read", method: .get)
      #expect(read.status == .ok)
      #expect(read.text == "still here")
    }
  }
}
