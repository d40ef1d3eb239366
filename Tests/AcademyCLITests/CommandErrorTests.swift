import Foundation
import GRDB
import Testing

@testable import AcademyCLI
@testable import AcademyServices

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
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let (root, data, library) = (scratch.root, scratch.data, scratch.library)
    let admin = Proof(name: "root", password: "lantern-41-quay")
    let ana = Proof(name: "ana", password: "lantern-312-quay")
    #expect(
      try run(
        ["user", "add", "root", "--full-name", "Root", "--role", "admin", "--password-stdin"], data: data,
        input: admin.input
      ).status == 0)
    #expect(
      try run(
        ["user", "add", "ana", "--full-name", "Ana", "--role", "author"] + admin.arguments,
        data: data, input: admin.input + ana.input
      ).status == 0)
    #expect(
      try run(
        ["user", "add", "lea", "--full-name", "Lea Díaz", "--role", "approver", "--role", "ar-team-lead"]
          + admin.arguments, data: data, input: admin.input + "lantern-312-quay\n"
      ).status == 0)
    #expect(
      try run(["sop", "import", library.path] + ana.arguments, data: data, input: ana.input).status == 0)

    let cases: [([String], String?, String)] = [
      (["sop", "submit", "NOPE-001"] + ana.arguments, ana.input, "no SOP with id 'NOPE-001'"),
      (
        ["sop", "submit", "COL-101", "--as", "lea", "--password-stdin"], "lantern-312-quay\n",
        "lea cannot submit: needs the role author"
      ),
      (
        ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"],
        "lantern-312-quay\n", "never submitted"
      ),
      (
        ["user", "add", "bob", "--full-name", "Bob", "--role", "author"] + ana.arguments,
        ana.input + "lantern-3123-quay\n", "ana cannot manage users"
      ),
      // A claimed name proves nothing: no password, a wrong one, or a token nobody issued.
      (
        ["sop", "submit", "COL-101", "--as", "ana"], nil,
        "sop submit changes data, so ana must prove who acts: give ana's password"
      ),
      (["sop", "submit", "COL-101"] + ana.arguments, "guess-guess\n", "wrong password for 'ana'"),
      (
        ["user", "add", "eve", "--full-name", "Eve", "--role", "admin", "--as", "root"], nil,
        "user add changes data, so root must prove who acts"
      ),
      (
        ["sop", "import", library.path, "--token-stdin"], "academy_t1_forged\n",
        "the automation token is not known"
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

    #expect(try run(["sop", "submit", "COL-101"] + ana.arguments, data: data, input: ana.input).status == 0)
    let wrong = try run(
      ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"], data: data,
      input: "nope-nope\n")
    #expect(wrong.status == 1)
    #expect(wrong.error.contains("wrong password for 'lea'"))
    let stale = try run(
      [
        "sop", "approve", "COL-101", "--meaning", "approval", "--revision", "0.2", "--as", "lea",
        "--password-stdin",
      ], data: data, input: "lantern-312-quay\n")
    #expect(stale.error.contains("you acted on revision 0.2 but the latest is now 0.1"))
    let approved = try run(
      ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"], data: data,
      input: "lantern-312-quay\n")
    #expect(approved.output == "COL-101 1.0: signed by Lea Díaz (approval); now approved\n")
    let twice = try run(
      ["sop", "approve", "COL-101", "--meaning", "approval", "--as", "lea", "--password-stdin"], data: data,
      input: "lantern-312-quay\n")
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
