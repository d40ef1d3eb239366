import Foundation
import Testing

@testable import SOPKit

@Suite struct SOPLibraryTests {
  @Test func theFixtureLibraryLoadsCleanly() throws {
    let folder = try SOPFixtures.directory.appendingPathComponent("library").path
    let library = SOPLibrary.load([folder])
    #expect(library.documents.map(\.id) == ["COL-001", "COL-004-ES", "COL-004"])
    #expect(library.isComplete)
    #expect(SOPLinter.lint(library).map(\.formatted) == [])
    #expect(library.documents.allSatisfy(\.processIsValid) == false)
    #expect(library.document(id: "COL-004")?.processIsValid == true)
  }

  @Test func translationsAreLinked() throws {
    let folder = try SOPFixtures.directory.appendingPathComponent("library").path
    let library = SOPLibrary.load([folder])
    let english = try #require(library.document(id: "COL-004"))
    #expect(library.translations(of: "COL-004").map(\.id) == ["COL-004-ES"])
    #expect(library.languageVersions(of: english).map(\.id) == ["COL-004", "COL-004-ES"])
    let spanish = try #require(library.document(id: "COL-004-ES"))
    #expect(library.languageVersions(of: spanish).map(\.language) == [.en, .es])
  }

  @Test func oneBadFileNeverStopsTheRest() throws {
    let folder = try SOPFixtures.directory.appendingPathComponent("mixed").path
    let library = SOPLibrary.load([folder])
    #expect(
      library.documents.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
        "good.md", "yaml-error.md",
      ])
    let findings = library.findings.map(\.formatted)
    #expect(
      findings.contains("\(folder)/latin1.md:1:1: error: file is not valid UTF-8; save it as UTF-8 [file]"))
    #expect(
      findings.contains { $0.hasPrefix("\(folder)/yaml-error.md:4:1: error: front matter is not valid YAML") }
    )
  }

  @Test func unreadableHugeAndBinaryFilesBecomeFindings() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soplib-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# Fine\n".utf8).write(to: folder.appendingPathComponent("a-fine.md"))
    try Data("# Bin\n\u{0}x\n".utf8).write(to: folder.appendingPathComponent("b-binary.md"))
    try Data(count: SourceFile.maximumBytes + 1).write(to: folder.appendingPathComponent("c-huge.md"))
    try Data("not markdown".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let library = SOPLibrary.load([folder.path, folder.path + "/missing.md"])
    #expect(library.documents.count == 1)
    #expect(!library.isComplete)
    #expect(
      library.findings.filter { $0.rule == "file" }.map(\.formatted) == [
        "\(folder.path)/b-binary.md:2:1: error: file contains a NUL byte (binary data?); remove it or save as text [file]",
        "\(folder.path)/c-huge.md:1:1: error: file is 16 MiB, over the 16 MiB limit; split it [file]",
        "\(folder.path)/missing.md:1:1: error: no such file or folder; check the path [file]",
      ])
  }

  /// Nothing in a folder is skipped in silence: a dangling or looping link, a named pipe, a
  /// folder named like a file and a folder without SOPs each become a finding naming it.
  @Test func linksPipesAndEmptyFoldersBecomeFindings() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soplib-\(UUID().uuidString)")
    let empty = folder.appendingPathComponent("empty")
    let named = folder.appendingPathComponent("named.md")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("a-gone.md").path, withDestinationPath: "nowhere.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("b-loop.md").path, withDestinationPath: "b-loop.md")
    #expect(mkfifo(folder.appendingPathComponent("c-pipe.md").path, 0o600) == 0)
    let library = SOPLibrary.load([folder.path, empty.path, named.path])
    #expect(library.documents.isEmpty)
    #expect(
      library.findings.map(\.formatted) == [
        "\(folder.path)/a-gone.md:1:1: error: cannot read the file (No such file or directory); check that it "
          + "exists and is readable [file]",
        "\(folder.path)/b-loop.md:1:1: error: cannot read the file (Too many levels of symbolic links); check "
          + "that it exists and is readable [file]",
        "\(folder.path)/c-pipe.md:1:1: error: cannot read the file (it is a named pipe or socket, not a file); "
          + "check that it exists and is readable [file]",
        "\(empty.path):1:1: error: folder holds no SOP files (*.md); check the path [file]",
        "\(named.path):1:1: error: is a folder, not a Markdown file; name a file or a folder of SOPs [file]",
      ])
  }
}
