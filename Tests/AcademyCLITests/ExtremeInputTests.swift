import Foundation
import Testing

/// The hostile and extreme inputs of issue 14 run through the built binary, as a user would:
/// each ends in a clear error naming the field, file or line, never a trap (exit 132) nor a
/// hang (a named pipe once blocked four commands for ever).
@Suite(.serialized) struct ExtremeInputTests {
  static let binary = KillTests.binary
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// Runs the binary with `arguments`; kills it and fails after `seconds`.
  static func run(_ arguments: [String], in directory: URL, seconds: Double = 30) throws -> BinaryRun.Result {
    let process = Process()
    process.executableURL = binary
    process.currentDirectoryURL = directory
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      Issue.record("\(arguments.joined(separator: " ")) still running after \(seconds) s")
    }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return BinaryRun.Result(
      status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
      error: String(decoding: err, as: UTF8.self))
  }

  /// A scenario folder holding the shipped `forgetful-payer` with `replace` applied.
  static func scenarioFolder(_ base: URL, _ name: String, replacing: [(String, String)]) throws -> URL {
    let folder = base.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var text = try String(contentsOfFile: "\(root)/scenarios/forgetful-payer.yaml", encoding: .utf8)
    for (old, new) in replacing {
      #expect(text.contains(old), "\(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    try text.write(
      to: folder.appendingPathComponent("forgetful-payer.yaml"), atomically: true, encoding: .utf8)
    return folder
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
  func everyExtremeEndsInAClearErrorNotATrapOrAHang() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("academy-extremes-\(UUID())")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    let huge = "92233720368547758.08"
    let hugeAmount = try Self.scenarioFolder(
      base, "huge-amount", replacing: [(#"{min: "500.00", max: "2500.00"}"#, "\"\(huge)\"")])
    let hugeInvoice = try Self.scenarioFolder(
      base, "huge-invoice", replacing: [(#"{min: "500.00", max: "2500.00"}"#, #""92233720368547.75""#)])
    let ancient = try Self.scenarioFolder(
      base, "ancient", replacing: [("as_of: 2026-03-02", "as_of: 0001-01-01")])
    let pipe = base.appendingPathComponent("pipe.md").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let plans = base.appendingPathComponent("plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    #expect(mkfifo(plans.appendingPathComponent("plan.yaml").path, 0o600) == 0)
    let sops = base.appendingPathComponent("sops")
    try FileManager.default.createDirectory(at: sops, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: sops.appendingPathComponent("gone.md").path, withDestinationPath: "nowhere.md")
    try FileManager.default.createSymbolicLink(
      atPath: sops.appendingPathComponent("loop.md").path, withDestinationPath: "loop.md")
    let folderNamedMd = base.appendingPathComponent("x.md")
    try FileManager.default.createDirectory(at: folderNamedMd, withIntermediateDirectories: true)
    let badJSON = base.appendingPathComponent("bad.json")
    try Data("{\n  \"actions\": [\n    {\"action\": call}\n  ]\n}\n".utf8).write(to: badJSON)
    let badAmount = base.appendingPathComponent("amount.json")
    try Data(
      #"{"actions": [{"action": "review_account"}, {"action": "record_promise", "invoices": ["overdue"], "amount": "\#(huge)", "promised_date": "+5"}]}"#
        .utf8
    ).write(to: badAmount)
    let shipped = "\(Self.root)/scenarios"
    let generate = [
      "case", "generate", "--scenario", "forgetful-payer", "--seed", "1", "--scenarios", shipped,
    ]
    let score = [
      "case", "score", "--scenario", "forgetful-payer", "--seed", "1", "--sops", "\(Self.root)/sops",
      "--scenarios",
      shipped, "--data", base.appendingPathComponent("data").path,
    ]
    let lateInterest = ["finance", "late-interest", "--due", "2026-01-15", "--paid", "2026-02-15"]
    // Each command, the exit status it must end with, and text its error must hold.
    let cases: [([String], Int32, String)] = [
      (lateInterest + ["--amount", huge], 64, "--amount"),
      (lateInterest + ["--amount", "100.00", "--disputed-amount", huge], 64, "--disputed-amount"),
      (["scenario", "lint", hugeAmount.path], 1, "too large; amounts go up to 999999999.99"),
      (["scenario", "lint", hugeInvoice.path], 1, "too large; amounts go up to 999999999.99"),
      (
        [
          "case", "generate", "--scenario", "forgetful-payer", "--seed", "1", "--scenarios", hugeInvoice.path,
        ], 1,
        "too large"
      ),
      (
        generate + ["--as-of", "0000-01-01"], 64,
        "--as-of '0000-01-01' is not a date YYYY-MM-DD from 1900-01-01"
      ),
      (generate + ["--as-of", "0001-03-01"], 64, "--as-of"),
      (generate + ["--count", "9223372036854775807"], 64, "--count must be from 1 to 1000000000"),
      (["scenario", "lint", ancient.path], 1, "as_of '0001-01-01' is not a date"),
      (["sop", "lint", pipe], 1, "named pipe"),
      (["sop", "render", pipe], 1, "named pipe"),
      (["scenario", "lint", pipe], 1, "named pipe"),
      (
        ["plan", "lint", "--plans", plans.path, "--sops", "\(Self.root)/sops", "--scenarios", shipped], 1,
        "named pipe"
      ),
      (["sop", "lint", sops.path], 1, "gone.md"),
      (["sop", "lint", sops.path], 1, "loop.md"),
      (["sop", "lint", folderNamedMd.path], 1, "is a folder"),
      (score + ["--actions", badJSON.path], 1, "invalid JSON (line 3, column 16: Invalid value)"),
      (
        score + ["--actions", badAmount.path], 1,
        "\(badAmount.path): action 2: record_promise: parameter 'amount'"
      ),
    ]
    for (arguments, status, expected) in cases {
      let result = try Self.run(arguments, in: base)
      let said = result.output + result.error
      #expect(result.status == status, "\(arguments.joined(separator: " ")): exit \(result.status): \(said)")
      #expect(said.contains(expected), "\(arguments.joined(separator: " ")): \(said)")
    }
  }
}
