import ArgumentParser
import Foundation
import SOPKit
import Testing

@testable import AcademyCLI

@Suite struct SOPCommandTests {
  static var fixtures: String {
    get throws {
      // The CLI test target has no resources of its own: find SOPKit's fixtures from this file.
      let here = URL(fileURLWithPath: #filePath)
      let folder = here.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SOPKitTests/Fixtures/sops")
      try #require(FileManager.default.fileExists(atPath: folder.path))
      return folder.path
    }
  }

  static func run(_ arguments: [String]) async throws {
    var command = try Academy.parseAsRoot(arguments)
    if var asyncCommand = command as? AsyncParsableCommand {
      try await asyncCommand.run()
    } else {
      try command.run()
    }
  }

  @Test func lintIsRegistered() throws {
    let command = try Academy.parseAsRoot(["sop", "lint", "a.md", "--format", "json"])
    let lint = try #require(command as? Academy.SOP.Lint)
    #expect(lint.paths == ["a.md"])
    #expect(lint.format == .json)
  }

  @Test func lintOfACleanLibraryExitsZero() async throws {
    try await Self.run(["sop", "lint", try Self.fixtures + "/library"])
  }

  @Test func lintWithErrorsExitsOne() async throws {
    await #expect(throws: ExitCode.failure) {
      try await Self.run(["sop", "lint", try Self.fixtures + "/mixed"])
    }
  }

  @Test func lintPrintsFindingsAsCompilersDo() throws {
    let findings = [
      Finding(path: "sops/a.md", line: 3, column: 5, severity: .error, message: "bad", rule: "front-matter"),
      Finding(
        path: "sops/a.md", line: 0, column: 0, severity: .warning, message: "meh", rule: "empty-section"),
    ]
    #expect(
      try Academy.SOP.Lint.report(findings, format: .text)
        == "sops/a.md:3:5: error: bad [front-matter]\nsops/a.md:1:1: warning: meh [empty-section]\n")
    #expect(Academy.SOP.Lint.summary(findings, files: 1) == "1 file: 1 error, 1 warning")
    let json = try Academy.SOP.Lint.report(Array(findings.prefix(1)), format: .json)
    #expect(
      json == """
        [
          {
            "column" : 5,
            "line" : 3,
            "message" : "bad",
            "path" : "sops/a.md",
            "rule" : "front-matter",
            "severity" : "error"
          }
        ]

        """)
  }

  @Test func lintFindingsOfAFolderExactly() throws {
    let folder = try Self.fixtures + "/mixed"
    let library = SOPLibrary.load([folder])
    let text = try Academy.SOP.Lint.report(SOPLinter.lint(library), format: .text)
    #expect(
      text.split(separator: "\n").prefix(3) == [
        "\(folder)/good.md:22:1: error: link to SOP COL-004, which is not in the library; fix the id or add the SOP "
          + "[unknown-sop]",
        "\(folder)/latin1.md:1:1: error: file is not valid UTF-8; save it as UTF-8 [file]",
        "\(folder)/yaml-error.md:4:1: error: front matter is not valid YAML: did not find expected ',' or ']' while "
          + "parsing a flow sequence; quote values that contain ':' or '#' [front-matter]",
      ])
  }

  @Test func renderValidatesItsOptions() {
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["sop", "render", "a.md", "--standalone", "--format", "json"])
    }
  }

  @Test func renderOutputs() throws {
    let source = SourceFile(path: "a.md", text: "---\nid: COL-001\n---\n# Hello\n")
    func output(standalone: Bool, format: Academy.SOP.Render.Format) throws -> String {
      String(
        decoding: try Academy.SOP.Render.output(source, standalone: standalone, format: format), as: UTF8.self
      )
    }
    #expect(try output(standalone: false, format: .html) == "<h1 id=\"hello\">Hello</h1>\n")
    let page = try output(standalone: true, format: .html)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    let json = try output(standalone: false, format: .json)
    #expect(json.hasSuffix("}\n"))
    #expect(
      json.contains(
        "\"outline\" : [\n    {\n      \"id\" : \"hello\",\n      \"level\" : 1,\n      \"text\" : \"Hello\"")
    )
  }

  @Test func renderOfAMissingFileFails() async {
    await #expect(throws: SourceFileError.self) {
      try await Self.run(["sop", "render", "/no/such/file.md"])
    }
  }

  @Test func exportWritesTheSite() async throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    try await Self.run(["sop", "export", try Self.fixtures + "/library", "--out", out.path])
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("COL-004-ES.html").path))
  }

  @Test func exportNeedsAFolder() {
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["sop", "export", "/no/such/folder", "--out", "/tmp/x"])
    }
  }
}
