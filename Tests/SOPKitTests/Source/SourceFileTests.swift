import Foundation
import Testing

@testable import SOPKit

@Suite struct SourceFileTests {
  /// The fast UTF-8 check must agree with the standard library on every input: it decides
  /// which bytes become a `String` without a second validation.
  @Test func utf8CheckAgreesWithTheStandardLibrary() {
    // Bytes around every boundary of the UTF-8 tables, mixed with ASCII runs long enough
    // to take the word-at-a-time path.
    let interesting: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
      0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        if Bool.random(using: &generator) {
          bytes.append(
            contentsOf: repeatElement(UInt8(ascii: "a"), count: Int.random(in: 0...40, using: &generator)))
        } else {
          bytes.append(interesting.randomElement(using: &generator)!)
        }
      }
      let expected = String(validating: bytes, as: UTF8.self)
      let actual = bytes.withUnsafeBufferPointer { SourceFile.string(validatingUTF8: $0) }
      #expect(actual == expected, "\(bytes.map { String($0, radix: 16) })")
    }
  }

  @Test func validTextOfEveryLengthIsKept() {
    let text = "Gestión — 日本語 😀 plain ASCII text that runs on for a while"
    let bytes = Array(text.utf8)
    for end in 0...bytes.count {
      let prefix = Array(bytes[..<end])
      let actual = prefix.withUnsafeBufferPointer { SourceFile.string(validatingUTF8: $0) }
      #expect(actual == String(validating: prefix, as: UTF8.self))
    }
  }

  @Test func invalidUTF8IsRefusedWithItsLine() {
    var data = Data("# Title\n\nok\n".utf8)
    data.append(contentsOf: [0x61, 0xED, 0xA0, 0x80, 0x0A])
    #expect(throws: SourceFileError.invalidUTF8(path: "x.md", line: 4)) {
      try SourceFile.decode(path: "x.md", data: data)
    }
  }

  @Test func aFileIsReadWhole() throws {
    let text = String(repeating: "Línea de texto con acentos y más.\n", count: 5_000)
    let path = try Self.temporaryFile(Data(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try SourceFile.read(path).text == text)
    #expect(try SourceFile.checkedBytes(path) == Array(text.utf8))
  }

  @Test func anEmptyFileIsEmptyText() throws {
    let path = try Self.temporaryFile(Data())
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try SourceFile.read(path).text == "")
  }

  @Test func aFolderOrAMissingFileIsUnreadable() throws {
    let folder = FileManager.default.temporaryDirectory.path
    #expect {
      try SourceFile.read(folder)
    } throws: { error in
      guard case .unreadable(let path, let reason) = error as? SourceFileError else { return false }
      return path == folder && reason.contains("folder")
    }
    #expect {
      try SourceFile.read(folder + "/no-such-file.md")
    } throws: { error in
      guard case .unreadable(_, let reason) = error as? SourceFileError else { return false }
      return reason.contains("No such file")
    }
  }

  @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
    let path = try Self.temporaryFile(Data(repeating: UInt8(ascii: "a"), count: 100))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: SourceFileError.tooLarge(path: path, bytes: 100, limit: 99)) {
      try FileBytes.contents(of: path, limit: 99)
    }
    #expect(try FileBytes.contents(of: path, limit: 100).count == 100)
  }

  #if os(Linux)
    /// `/proc` files report a size of 0: they are read in chunks to their end.
    @Test func aFileWithoutASizeIsReadToItsEnd() throws {
      let expected = try Data(contentsOf: URL(fileURLWithPath: "/proc/self/cmdline"))
      #expect(!expected.isEmpty)
      #expect(try FileBytes.contents(of: "/proc/self/cmdline", limit: 1 << 20) == Array(expected))
    }
  #endif

  private static func temporaryFile(_ data: Data) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString)")
      .path
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }
}
