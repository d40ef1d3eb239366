import Foundation

/// Runs the built `academy` binary with a fixed clock, as a user would from a shell.
struct BinaryRun {
  /// What the process left behind.
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  var arguments: [String]
  /// `ACADEMY_NOW`, an ISO timestamp.
  var now: String
  var directory: URL?
  var input: String?
  /// Variables set for this run only (`ACADEMY_TOKEN`).
  var environment: [String: String] = [:]

  func run() throws -> Result {
    let process = Process()
    process.executableURL = KillTests.binary
    if let directory { process.currentDirectoryURL = directory }
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["ACADEMY_TOKEN"] = nil
    environment["ACADEMY_USER"] = nil
    environment["ACADEMY_NOW"] = now
    environment.merge(self.environment) { _, new in new }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
      error: String(decoding: err, as: UTF8.self))
  }
}

/// How a test proves who acts, the way a script does: `--as NAME --password-stdin` with the
/// password as the first line of standard input.
struct Proof {
  var name: String
  var password: String

  /// `--as NAME --password-stdin`.
  var arguments: [String] { ["--as", name, "--password-stdin"] }
  /// The password line.
  var input: String { password + "\n" }
}

/// A temporary folder for a binary test: `data/` for the store and `sops/col-101.md`, one SOP.
struct ScratchFolder {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("academy-cli-\(UUID())")
  var data: String { root.appendingPathComponent("data").path }
  var library: URL { root.appendingPathComponent("sops") }

  init() throws {
    try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
    try KillTests.sop(index: 1, round: 0).write(
      to: library.appendingPathComponent("col-101.md"), atomically: true, encoding: .utf8)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
