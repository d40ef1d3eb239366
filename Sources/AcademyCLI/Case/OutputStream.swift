import CaseSim
import Foundation

/// Writes bytes to a file descriptor in large chunks (a whole slice of accounts per
/// `write(2)`), so memory stays constant however many accounts are written.
struct OutputStream: ~Copyable {
  let descriptor: Int32
  let ownsDescriptor: Bool
  /// What comes before and after the accounts (`[`, the CSV header...).
  var buffer = ByteWriter(capacity: 4096)

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

  mutating func flush() throws {
    try write(buffer)
    buffer.removeAll()
  }

  /// Writes `bytes` in full, straight from the caller's buffer.
  func write(_ bytes: borrowing ByteWriter) throws {
    try bytes.withUnsafeBytes { raw in
      guard let start = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(descriptor, start + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw OutputError.writeFailed(reason: String(cString: strerror(errno)))
        }
        offset += written
      }
    }
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
