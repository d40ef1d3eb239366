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
}
