import Foundation

/// A text file read for linting or rendering, refused early when it is not text a person
/// wrote: too large, not UTF-8, or holding NUL bytes.
public struct SourceFile: Sendable, Hashable {
  /// Largest file accepted. SOPs are a few pages; 16 MiB leaves room for generated
  /// benchmark documents while keeping a stray dump from eating memory.
  public static let maximumBytes = 16 * 1024 * 1024

  /// The path as the user gave it (used in messages).
  public let path: String
  /// The file's text.
  public let text: String

  /// Creates a source file from text already in memory.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// Reads and checks `path`.
  public static func read(_ path: String) throws(SourceFileError) -> SourceFile {
    let bytes = try checkedBytes(path)
    let text = bytes.withUnsafeBufferPointer { Self.string(checkedUTF8: $0) }
    return SourceFile(path: path, text: text)
  }

  /// Checks and decodes bytes already read.
  public static func decode(path: String, data: Data) throws(SourceFileError) -> SourceFile {
    let bytes = [UInt8](data)
    try check(bytes, path: path)
    let text = bytes.withUnsafeBufferPointer { Self.string(checkedUTF8: $0) }
    return SourceFile(path: path, text: text)
  }

  /// The bytes of `path`, with the checks of `read(_:)` but no `String` made: a renderer
  /// that only needs bytes saves a copy of a large file.
  static func checkedBytes(_ path: String) throws(SourceFileError) -> [UInt8] {
    let bytes = try FileBytes.contents(of: path, limit: maximumBytes)
    try check(bytes, path: path)
    return bytes
  }

  /// Refuses bytes that are too many, hold a NUL or are not UTF-8.
  static func check(_ bytes: [UInt8], path: String) throws(SourceFileError) {
    guard bytes.count <= maximumBytes else {
      throw .tooLarge(path: path, bytes: bytes.count, limit: maximumBytes)
    }
    let problem = bytes.withUnsafeBufferPointer { bytes -> SourceFileError? in
      // memchr: a per-byte search was a quarter of `academy sop render` on a 4 MB file.
      if let start = bytes.baseAddress, let hit = memchr(start, 0, bytes.count) {
        let offset = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(hit))
        return .nulByte(path: path, line: lineNumber(of: offset, in: bytes))
      }
      return isWellFormedUTF8(bytes) ? nil : .invalidUTF8(path: path, line: firstInvalidLine(in: bytes))
    }
    if let problem { throw problem }
  }

  private static func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  private static func firstInvalidLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    for chunk in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if String(validating: chunk, as: UTF8.self) == nil { return line }
      line += 1
    }
    return line
  }
}

/// Why a file could not be read as text.
public enum SourceFileError: Error, Sendable, Equatable {
  /// The file could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The file is larger than `SourceFile.maximumBytes`.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The file is not valid UTF-8.
  case invalidUTF8(path: String, line: Int)
  /// The file contains a NUL byte (binary data).
  case nulByte(path: String, line: Int)
}

extension SourceFileError: LocalizedError {
  /// `path:line: what is wrong; what to do`.
  public var errorDescription: String? {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read the file (\(reason)); check that it exists and is readable"
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): file is \(bytes / 1_048_576) MiB, over the \(limit / 1_048_576) MiB limit; split it"
    case .invalidUTF8(let path, let line):
      return "\(path):\(line): file is not valid UTF-8; save it as UTF-8"
    case .nulByte(let path, let line):
      return "\(path):\(line): file contains a NUL byte (binary data?); remove it or save as text"
    }
  }
}
