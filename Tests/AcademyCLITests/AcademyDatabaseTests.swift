import Foundation
import Testing

@testable import AcademyCLI
@testable import AcademyServices

@Suite struct AcademyDatabaseTests {
  @Test func garbageFileIsRefusedWithAdvice() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-garbage-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("academy.sqlite")
    try Data(repeating: 0x5A, count: 8192).write(to: file)
    do {
      _ = try AcademyDatabase.open(folder: folder.path, clock: .system)
      Issue.record("a garbage file opened")
    } catch let error as SessionError {
      #expect(error.localizedDescription.contains("not an academy database or corrupt"))
      #expect(error.localizedDescription.hasSuffix("restore it from a backup"))
    }
    #expect(try Data(contentsOf: file) == Data(repeating: 0x5A, count: 8192))
  }

  @Test func createsTheFolderAndMigratesOnce() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-new-\(UUID())/nested")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    _ = try AcademyDatabase.open(folder: folder.path, clock: .system)
    let again = try AcademyDatabase.open(folder: folder.path, clock: .system)
    #expect(try again.people.isEmpty())
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("academy.sqlite").path))
  }

  @Test func parsesTheLifecycleCommands() throws {
    let command = try Academy.parseAsRoot([
      "sop", "approve", "COL-004", "--meaning", "approval", "--revision", "1.2",
    ])
    let approve = try #require(command as? Academy.SOP.Approve)
    #expect(approve.revision?.description == "1.2")
    #expect(throws: (any Error).self) {
      try Academy.parseAsRoot(["sop", "approve", "COL-004", "--meaning", "rejection"])
    }
  }
}
