import AuditTrail
import Foundation
import GRDB
import Testing

@testable import AcademyServices

/// Every command that changes data proves who acts: a password, or an admin-issued token that
/// the audit trail names; a token never signs and never manages users or tokens.
@Suite(.serialized) struct ActorProofTests {
  let admin = Proof(name: "root", password: "lantern-412-quay")
  let ana = Proof(name: "ana", password: "lantern-3123-quay")

  func run(
    _ arguments: [String], data: String, input: String? = nil, token: String? = nil
  ) throws -> BinaryRun.Result {
    try BinaryRun(
      arguments: arguments + ["--data", data], now: "2026-03-02T09:00:00.000Z", input: input,
      environment: token.map { ["ACADEMY_TOKEN": $0] } ?? [:]
    ).run()
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.binary.path)))
  func anAdminIssuedTokenActsAndTheAuditTrailNamesIt() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let (data, library) = (scratch.data, scratch.library)
    func ok(_ arguments: [String], input: String? = nil, token: String? = nil) throws -> BinaryRun.Result {
      let result = try run(arguments, data: data, input: input, token: token)
      #expect(result.status == 0, "\(arguments): \(result.error)")
      return result
    }
    _ = try ok(
      ["user", "add", "root", "--full-name", "Root", "--role", "admin", "--password-stdin"],
      input: admin.input)
    _ = try ok(
      ["user", "add", "ana", "--full-name", "Ana", "--role", "author"] + admin.arguments,
      input: admin.input + ana.input)
    _ = try ok(
      ["user", "add", "lea", "--full-name", "Lea", "--role", "approver", "--role", "ar-team-lead"]
        + admin.arguments, input: admin.input + "lantern-3123-quay\n")

    // A claim is not enough to issue a token, and ana is no admin.
    let claimed = try run(["token", "issue", "ana", "--as", "root"], data: data)
    #expect(claimed.status == 1)
    #expect(claimed.error.contains("token issue changes data, so root must prove who acts"))
    let notAdmin = try run(["token", "issue", "ana"] + ana.arguments, data: data, input: ana.input)
    #expect(notAdmin.error.contains("ana cannot manage users: needs the role admin"))

    let issued = try ok(["token", "issue", "ana"] + admin.arguments, input: admin.input)
    let secret = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(secret.hasPrefix("academy_t1_"))
    #expect(issued.error.contains("issued token t1 acting as ana; it is shown once"))

    // The token proves ana from the environment or from standard input, no --as needed.
    #expect(try ok(["sop", "import", library.path], token: secret).output.contains("new        COL-101 0.1"))
    _ = try ok(["sop", "submit", "COL-101", "--token-stdin"], input: secret + "\n")
    let database = try AcademyDatabase.open(folder: data, clock: .system)
    let actors = try database.pool.read { db in
      try AuditLog.entries(subject: "sop:COL-101", in: db).map { "\($0.actor) \($0.action)" }
    }
    #expect(actors == ["ana (token t1) revision.import", "ana (token t1) revision.submit"])
    #expect(
      try ok(["token", "list"]).output.contains("t1\tana\tissued 2026-03-02T09:00:00.000Z by root\tactive"))

    let refusals: [([String], String?, String)] = [
      (["sop", "submit", "COL-101", "--as", "lea"], nil, "token t1 acts as ana, not lea"),
      (
        ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--token-stdin"], secret + "\n",
        "a signature needs lea's own password"
      ),
      (["user", "add", "eve", "--full-name", "Eve", "--role", "admin"], nil, "a token cannot manage users"),
      (["token", "issue", "lea"], nil, "a token cannot manage users or tokens"),
    ]
    for (arguments, input, message) in refusals {
      let result = try run(arguments, data: data, input: input, token: input == nil ? secret : nil)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.error.contains(message), "\(arguments): \(result.error)")
    }

    _ = try ok(["token", "revoke", "t1"] + admin.arguments, input: admin.input)
    let revoked = try run(["sop", "import", library.path], data: data, token: secret)
    #expect(revoked.status == 1)
    #expect(
      revoked.error.contains("token t1 was revoked at 2026-03-02T09:00:00.000Z; ask an admin for a new one"))
    #expect(try ok(["audit", "verify"]).output.contains("intact"))
  }
}
