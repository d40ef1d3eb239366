import AcademyServices
import Foundation
import GRDB
import Testing

@testable import AcademyCLI

/// Runs the built binary the way a person would and checks refusals: a clear message on
/// standard error, exit code 1, and the database unchanged (audit head and size equal).
@Suite(.serialized) struct CommandErrorTests {
  typealias Result = BinaryRun.Result

  static let binary = KillTests.binary

  func run(_ arguments: [String], data: String, input: String? = nil) throws -> Result {
    try BinaryRun(
      arguments: arguments + ["--data", data], now: "2026-03-02T09:00:00.000Z", input: input
    ).run()
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
  func refusalsExitOneAndChangeNothing() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("academy-errors-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("data").path
    let library = root.appendingPathComponent("sops")
    try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
    try KillTests.sop(index: 1, round: 0).write(
      to: library.appendingPathComponent("col-101.md"), atomically: true, encoding: .utf8)
    #expect(
      try run(
        ["user", "add", "root", "--full-name", "Root", "--role", "admin", "--password-stdin"], data: data,
        input: "granite-41\n"
      ).status == 0)
    #expect(
      try run(
        ["user", "add", "ana", "--full-name", "Ana", "--role", "author", "--as", "root", "--password-stdin"],
        data: data, input: "meadow-812\n"
      ).status == 0)
    #expect(
      try run(
        [
          "user", "add", "lea", "--full-name", "Lea Díaz", "--role", "approver", "--role", "ar-team-lead",
          "--as", "root", "--password-stdin",
        ], data: data, input: "harbour-912\n"
      ).status == 0)
    #expect(try run(["sop", "import", library.path, "--as", "ana"], data: data).status == 0)

    let cases: [([String], String?, String)] = [
      (["sop", "submit", "NOPE-001", "--as", "ana"], nil, "no SOP with id 'NOPE-001'"),
      (["sop", "submit", "COL-101", "--as", "lea"], nil, "lea cannot submit: needs the role author"),
      (
        ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"],
        "harbour-912\n", "never submitted"
      ),
      (
        ["user", "add", "bob", "--full-name", "Bob", "--role", "author", "--as", "ana", "--password-stdin"],
        "lantern-7123\n", "ana cannot manage users"
      ),
      (["sop", "show", "COL-101", "--revision", "3.0"], nil, "COL-101 has no revision 3.0"),
    ]
    for (arguments, input, message) in cases {
      let before = try fingerprint(data)
      let result = try run(arguments, data: data, input: input)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.error.contains(message), "\(arguments): \(result.error)")
      #expect(try fingerprint(data) == before, "\(arguments) changed the database")
    }

    #expect(try run(["sop", "submit", "COL-101", "--as", "ana"], data: data).status == 0)
    let wrong = try run(
      ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"], data: data,
      input: "nope-nope\n")
    #expect(wrong.status == 1)
    #expect(wrong.error.contains("wrong password for 'lea'"))
    let stale = try run(
      [
        "sop", "approve", "COL-101", "--meaning", "approval", "--revision", "0.2", "--as", "lea",
        "--password-stdin",
      ], data: data, input: "harbour-912\n")
    #expect(stale.error.contains("you acted on revision 0.2 but the latest is now 0.1"))
    let approved = try run(
      ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"], data: data,
      input: "harbour-912\n")
    #expect(approved.output == "COL-101 1.0: signed by Lea Díaz (approval); now approved\n")
    let twice = try run(
      ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"], data: data,
      input: "harbour-912\n")
    #expect(twice.status == 1)
    #expect(try run(["audit", "verify"], data: data).status == 0)

    // A garbage database file: refused with advice, exit 1, file untouched.
    let garbage = root.appendingPathComponent("garbage").path
    try FileManager.default.createDirectory(atPath: garbage, withIntermediateDirectories: true)
    let file = garbage + "/academy.sqlite"
    try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: file))
    let corrupt = try run(["sop", "list"], data: garbage)
    #expect(corrupt.status == 1)
    #expect(corrupt.error.contains("not an academy database or corrupt"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(repeating: 0x42, count: 4096))
  }

  /// The audit head and every table's row count: equal before and after means nothing changed.
  private func fingerprint(_ data: String) throws -> String {
    let database = try AcademyDatabase.open(folder: data, clock: .system)
    return try database.pool.read { db in
      var parts: [String] = []
      for table in ["audit_entry", "revision", "signature", "user_account"] {
        parts.append("\(table)=\(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1)")
      }
      parts.append(
        try String.fetchOne(db, sql: "SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1") ?? "")
      parts.append(try String.fetchOne(db, sql: "SELECT group_concat(state || round) FROM revision") ?? "")
      return parts.joined(separator: ";")
    }
  }
}
