import CaseSim
import Foundation

/// Writes bytes to a file descriptor in large chunks: the generator fills a buffer and this
/// flushes it once it passes `flushThreshold`, so memory stays constant however many
/// accounts are written.
struct OutputStream: ~Copyable {
  /// Flush once the buffer holds about this much: large `write(2)`s, small memory.
  static let flushThreshold = 256 * 1024

  let descriptor: Int32
  let ownsDescriptor: Bool
  var buffer = ByteWriter(capacity: flushThreshold + 64 * 1024)

  /// Standard output.
  init() {
    descriptor = 1
    ownsDescriptor = false
  }

  /// A file, created or truncated.
  init(path: String) throws {
    let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else {
      throw OutputError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    descriptor = opened
    ownsDescriptor = true
  }

  mutating func flushIfFull() throws {
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  mutating func flush() throws {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        guard let start = raw.baseAddress else { return 0 }
        return write(descriptor, start + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputError.writeFailed(reason: String(cString: strerror(errno)))
      }
      offset += written
    }
    buffer.removeAll()
  }

  func close() {
    if ownsDescriptor { _ = Foundation.close(descriptor) }
  }
}

/// Output could not be written.
enum OutputError: Error, LocalizedError {
  /// The output file could not be opened.
  case cannotOpen(path: String, reason: String)
  /// A write failed (disk full, closed pipe...).
  case writeFailed(reason: String)

  var errorDescription: String? {
    switch self {
    case .cannotOpen(let path, let reason):
      "\(path): cannot open for writing (\(reason)); check the directory exists"
    case .writeFailed(let reason): "writing the output failed (\(reason))"
    }
  }
}
