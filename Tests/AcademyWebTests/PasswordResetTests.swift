import AuditTrail
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import People
import Testing

@testable import AcademyServices
@testable import AcademyWeb

/// An admin's reset of an approver's password ends the approver's sessions, is audited, and
/// gives a password that signs nothing (web or CLI) until the approver has chosen their own.
@Suite struct PasswordResetTests {
  @Test func aResetEndsTheSignersSessionsAndItsPasswordCannotSign() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var approver = try await TestBrowser.signedIn("elena.sanz", client)
      #expect(try await approver.get("/approvals").status == .ok)

      var admin = try await TestBrowser.signedIn("admin", client)
      let reset = try await admin.post("/admin/users/elena.sanz/reset")
      let html = reset.text
      let start = try #require(html.range(of: #"<code class="password">"#))
      let oneTime = String(html[start.upperBound...].prefix { $0 != "<" })
      #expect(oneTime.count == 14)

      // Her open session is gone.
      let after = try await approver.get("/approvals")
      #expect(after.status == .seeOther)
      #expect(after.headers[.location]?.hasPrefix("/login") == true)
      let entries = try await harness.app.database.pool.read {
        try AuditLog.entries(subject: "user:elena.sanz", in: $0)
      }
      #expect(
        entries.suffix(2).map { "\($0.actor) \($0.action)" } == [
          "admin user.password.reset", "admin session.end-all",
        ])

      // The one-time password opens only the password page and signs nothing.
      var holder = TestBrowser(client)
      _ = try await holder.logIn("elena.sanz", password: oneTime)
      let approval = try await holder.post(
        "/approvals/COL-002", ["action": "approve", "seen": "1.0", "password": oneTime])
      #expect(approval.headers[.location] == "/account/password")
      #expect(throws: PeopleError.passwordNotOwn("elena.sanz")) {
        try harness.app.database.people.authenticateOwn(name: "elena.sanz", password: oneTime)
      }
    }
  }
}
