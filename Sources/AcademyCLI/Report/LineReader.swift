import Foundation

/// Reads a file line by line in 64 KiB chunks, so a report over millions of accounts holds
/// one chunk and one line in memory.
struct LineReader {
  let handle: FileHandle
  var pending = Data()
  var finished = false

  init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw LineReaderError.cannotOpen(path: path)
    }
    self.handle = handle
  }

  mutating func next() -> Data? {
    while true {
      if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        let line = pending[pending.startIndex..<newline]
        pending = Data(pending[(newline + 1)...])
        return Data(line)
      }
      if finished {
        guard !pending.isEmpty else { return nil }
        defer { pending = Data() }
        return pending
      }
      let chunk = handle.readData(ofLength: 64 * 1024)
      if chunk.isEmpty { finished = true } else { pending.append(chunk) }
    }
  }
}

/// The accounts file could not be opened.
enum LineReaderError: Error, LocalizedError {
  /// Missing or unreadable.
  case cannotOpen(path: String)

  var errorDescription: String? {
    switch self {
    case .cannotOpen(let path): "\(path): cannot open the accounts file; check the path"
    }
  }
}
