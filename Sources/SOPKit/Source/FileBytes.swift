#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into one array with `read(2)`, sized from `fstat` so a regular file
/// is read in place without growing, and on huge pages when it is large (see `HugePages`).
/// Only regular files are read (a pipe, socket or device is refused, so none can block a
/// command); files without a size (`/proc`) are read in chunks until their end.
enum FileBytes {
  /// Bytes read per call once the size `fstat` gave is used up.
  private static let chunk = 1 << 16

  /// The contents of `path`; `tooLarge` as soon as more than `limit` bytes are seen.
  static func contents(of path: String, limit: Int) throws(SourceFileError) -> [UInt8] {
    // Non-blocking, so opening a named pipe with no writer returns at once instead of
    // waiting forever; anything but a regular file is then refused.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw unreadable(path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw unreadable(path) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .unreadable(path: path, reason: "it is a folder, not a file")
    case S_IFIFO, S_IFSOCK: throw .unreadable(path: path, reason: "it is a named pipe or socket, not a file")
    default: throw .unreadable(path: path, reason: "it is a device, not a file")
    }
    // Back to blocking reads: a regular file never blocks, and EAGAIN must not end a read.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    let expected = Int(status.st_size)
    guard expected <= limit else { throw .tooLarge(path: path, bytes: expected, limit: limit) }

    var failure: Int32 = 0
    // One byte more than expected, so a read that fills it shows the file grew.
    let requested = expected + 1
    var bytes = [UInt8](unsafeUninitializedCapacity: requested) { buffer, initialized in
      if buffer.count >= 2 * HugePages.size, let start = buffer.baseAddress {
        HugePages.advise(UnsafeMutableRawPointer(start), byteCount: buffer.count)
      }
      initialized = readFully(descriptor, into: buffer, failure: &failure)
    }
    var moreToRead = failure == 0 && (bytes.count == requested || expected == 0)
    while moreToRead {
      guard bytes.count <= limit else { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
      let more = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, initialized in
        initialized = readFully(descriptor, into: buffer, failure: &failure)
      }
      bytes.append(contentsOf: more)
      moreToRead = failure == 0 && more.count == chunk
    }
    guard failure == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
    guard bytes.count <= limit else { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
    return bytes
  }

  /// Reads until `buffer` is full or the file ends; returns the bytes read. A read error
  /// other than an interruption is left in `failure`.
  private static func readFully(
    _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32
  ) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var count = 0
    while count < buffer.count {
      let result = read(descriptor, base + count, buffer.count - count)
      if result > 0 {
        count += result
      } else if result == 0 {
        break
      } else if errno != EINTR {
        failure = errno
        break
      }
    }
    return count
  }

  private static func unreadable(_ path: String) -> SourceFileError {
    .unreadable(path: path, reason: String(cString: strerror(errno)))
  }
}
