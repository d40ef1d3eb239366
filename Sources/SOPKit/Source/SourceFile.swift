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
    let url = URL(fileURLWithPath: path)
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > maximumBytes {
      throw .tooLarge(path: path, bytes: size, limit: maximumBytes)
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    return try decode(path: path, data: data)
  }

  /// Checks and decodes bytes already read.
  public static func decode(path: String, data: Data) throws(SourceFileError) -> SourceFile {
    guard data.count <= maximumBytes else {
      throw .tooLarge(path: path, bytes: data.count, limit: maximumBytes)
    }
    // memchr, not `data.firstIndex(of:)`: Data's per-byte access checks made this scan a
    // quarter of `academy sop render` on a 4 MB file.
    let nulOffset = data.withUnsafeBytes { bytes -> Int? in
      guard let start = bytes.baseAddress, let hit = memchr(start, 0, bytes.count) else { return nil }
      return start.distance(to: UnsafeRawPointer(hit))
    }
    if let nulOffset {
      throw .nulByte(path: path, line: lineNumber(of: data.startIndex + nulOffset, in: data))
    }
    let text = data.withUnsafeBytes { bytes in
      Self.string(validatingUTF8: bytes.assumingMemoryBound(to: UInt8.self))
    }
    guard let text else {
      throw .invalidUTF8(path: path, line: firstInvalidLine(in: data))
    }
    return SourceFile(path: path, text: text)
  }

  private static func lineNumber(of index: Data.Index, in data: Data) -> Int {
    data[data.startIndex..<index].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  private static func firstInvalidLine(in data: Data) -> Int {
    var line = 1
    for chunk in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
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
