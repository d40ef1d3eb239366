import Foundation
import Testing

@testable import SOPKit

/// Every output of the renderer for every shipped SOP (and translation), compared byte for
/// byte with what it printed before the rendering paths were merged (`Fixtures/render/`).
///
/// To capture the fixtures anew, run this suite with `ACADEMY_WRITE_RENDER_FIXTURES=1`: it
/// then writes into the source tree instead of comparing. Do that only for a deliberate
/// change of output, and say so in the commit.
@Suite struct RenderFixturesTests {
  /// One shipped SOP file.
  struct Shipped: CustomTestStringConvertible, Sendable {
    /// The path from the repository's root, as the CLI names it (`sops/es/x.md`).
    var relativePath: String
    var testDescription: String { relativePath }
    /// The fixtures' file name stem: the path without `sops/` and `.md`, `/` as `-`.
    var stem: String {
      String(relativePath.dropFirst("sops/".count).dropLast(".md".count)).replacing("/", with: "-")
    }
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/render")
  static let writing = ProcessInfo.processInfo.environment["ACADEMY_WRITE_RENDER_FIXTURES"] == "1"

  static let shipped: [Shipped] = ["sops", "sops/es"].flatMap { folder in
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map { Shipped(relativePath: "\(folder)/\($0)") }
  }

  @Test func everyShippedSOPAndTranslationIsCovered() {
    #expect(Self.shipped.count >= 19)
    #expect(Self.shipped.contains { $0.relativePath.hasPrefix("sops/es/") })
  }

  @Test(arguments: shipped)
  func outputsMatchTheFixtures(_ sop: Shipped) throws {
    let path = Self.root.appendingPathComponent(sop.relativePath).path
    let source = SourceFile(path: sop.relativePath, text: try String(contentsOfFile: path, encoding: .utf8))
    let document = SOPDocument.parse(source).document

    let fragment = try SOPRenderer.fragmentBytes(ofFile: path)
    #expect(try SOPRenderer.fragmentBytes(source) == fragment)
    #expect(try SOPRenderer.fragment(source) == String(decoding: fragment, as: UTF8.self))
    try check(fragment, sop.stem + ".fragment.txt")

    let web = SOPRenderer.fragment(document) { reference in
      "/sops/\(reference.id)" + (reference.anchor.map { "#\($0)" } ?? "")
    }
    try check(Array(web.utf8), sop.stem + ".web.txt")
    try check(Array(SOPRenderer.standalonePage(document).utf8), sop.stem + ".page.txt")

    // What `academy sop render --format json` prints.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try check(
      Array(try encoder.encode(SOPRenderer.summary(document))) + [UInt8(ascii: "\n")], sop.stem + ".json")
  }

  /// The README of every mirrored Swift package (`/opt/swift-packages`, where the machine
  /// has it) as the plain Markdown renderer writes it. Their text is not ours to commit, so
  /// the fixture holds the README's git blob id and the SHA-256 of the HTML; a README that
  /// is missing or has another blob id is skipped.
  @Test func mirroredPackageREADMEsMatchTheirDigests() throws {
    let mirror = URL(fileURLWithPath: "/opt/swift-packages")
    let digestsFile = Self.fixtures.appendingPathComponent("readme-digests.txt")
    guard FileManager.default.fileExists(atPath: mirror.path) else { return }
    let owners = try FileManager.default.contentsOfDirectory(atPath: mirror.path).sorted()
    var lines: [String] = []
    for owner in owners {
      let repos =
        (try? FileManager.default.contentsOfDirectory(atPath: mirror.appendingPathComponent(owner).path))
        ?? []
      for repo in repos.sorted() where repo.hasSuffix(".git") {
        let gitDir = mirror.appendingPathComponent(owner).appendingPathComponent(repo).path
        guard let blob = git(gitDir, "rev-parse", "HEAD:README.md"),
          let text = git(gitDir, "show", "HEAD:README.md")
        else { continue }
        let html = try HTMLRenderer().renderBytes(markdown: text)
        let digest = ContentHash.of(Data(html))
        lines.append(
          "\(owner)/\(repo.dropLast(4)) \(blob.trimmingCharacters(in: .whitespacesAndNewlines)) \(digest)")
      }
    }
    if Self.writing {
      try (lines.joined(separator: "\n") + "\n").write(to: digestsFile, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: digestsFile, encoding: .utf8).split(separator: "\n").map(
      String.init)
    let expectedByRepo = Dictionary(uniqueKeysWithValues: expected.map { ($0.split(separator: " ")[0], $0) })
    var compared = 0
    for line in lines {
      let fields = line.split(separator: " ")
      guard let want = expectedByRepo[fields[0]], want.split(separator: " ")[1] == fields[1] else { continue }
      #expect(line == want)
      compared += 1
    }
    #expect(compared > 0)
  }

  /// Compares `bytes` with the fixture `name`, or writes it when capturing. The fixtures end
  /// in `.txt`: they are expected bytes, not pages that tools should read as source.
  private func check(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = Self.fixtures.appendingPathComponent(name)
    if Self.writing {
      try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
      return
    }
    let expected = try [UInt8](Data(contentsOf: url))
    if bytes != expected {
      let index =
        (0..<min(bytes.count, expected.count)).first { bytes[$0] != expected[$0] }
        ?? min(bytes.count, expected.count)
      let context = { (b: [UInt8]) in
        String(decoding: b[max(0, index - 80)..<min(b.count, index + 80)], as: UTF8.self)
      }
      Issue.record(
        "\(name) differs at byte \(index) (\(bytes.count) vs \(expected.count) bytes)\nnow: \(context(bytes))\nwas: \(context(expected))",
        sourceLocation: sourceLocation)
    }
  }

  /// The standard output of `git --git-dir DIR ARGS`, nil when it fails.
  private func git(_ gitDir: String, _ arguments: String...) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["--git-dir", gitDir] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
