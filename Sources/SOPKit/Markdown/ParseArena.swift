#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Memory for one cmark parse: handed out by bumping a cursor through large blocks and
/// released all at once when the arena goes away.
///
/// cmark allocates (and frees) a small block per node, text chunk and buffer; on a 4 MB SOP
/// the system allocator's bookkeeping for those, and freeing the tree node by node, were a
/// large part of the parse. cmark's allocator hooks (`cmark_mem`) are plain C functions
/// without a context argument, so the arena in use is found through a thread-local slot
/// that `withInstalled` fills for the duration of one parse and render on this thread.
/// The bump state lives behind a pointer, not in class properties, so the hooks pay no
/// exclusivity checks.
final class ParseArena {
  /// `calloc`, `realloc` and `free` with C calling conventions, for `cmark_mem`.
  typealias Calloc = @convention(c) (Int, Int) -> UnsafeMutableRawPointer?
  typealias Realloc = @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer?
  typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void

  private let state: UnsafeMutablePointer<State>

  init() {
    state = .allocate(capacity: 1)
    state.initialize(to: State())
  }

  deinit {
    state.pointee.releaseAll()
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// Runs `body` with this arena behind the C hooks on the current thread, restoring the
  /// previous one afterwards (a table's cells are parsed while the document is open).
  func withInstalled<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    let previous = pthread_getspecific(Self.slot)
    pthread_setspecific(Self.slot, UnsafeRawPointer(state))
    defer { pthread_setspecific(Self.slot, previous) }
    return try withExtendedLifetime(self) { () throws(Failure) -> Result in try body() }
  }

  /// The C hooks, which allocate from the arena installed on the calling thread.
  static let allocateHook: Calloc = { count, size in
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow else { return nil }
    let memory = current.pointee.allocate(total)
    memset(memory, 0, total)
    return memory
  }

  static let reallocateHook: Realloc = { pointer, size in
    current.pointee.reallocate(pointer, to: size)
  }

  /// Freeing waits for the arena to go: cmark frees nothing it still uses, and a node by
  /// node release of the tree is exactly the cost the arena removes.
  static let freeHook: Free = { _ in }

  private static let slot: pthread_key_t = {
    var key = pthread_key_t()
    precondition(pthread_key_create(&key, nil) == 0, "no thread-local slot left for the cmark arena")
    return key
  }()

  private static var current: UnsafeMutablePointer<State> {
    guard let installed = pthread_getspecific(slot) else {
      preconditionFailure("cmark allocated outside ParseArena.withInstalled")
    }
    return installed.assumingMemoryBound(to: State.self)
  }

  /// The blocks and the bump cursor.
  private struct State {
    /// Bytes before every allocation: its usable size, and the index in `largeBlocks` of
    /// a block of its own (-1 for bump-allocated memory). 16 keeps malloc's alignment.
    static let headerSize = 16
    /// Sizes of the bump blocks: small first (a table's cells make a tiny document), then
    /// doubling up to the largest. Anything over a quarter of that gets a block of its own.
    static let firstBlockSize = 1 << 15
    static let blockSize = 1 << 20

    /// Bump blocks, from `malloc`: only what cmark asks to be zeroed is zeroed.
    var blocks: [UnsafeMutableRawPointer] = []
    /// Blocks holding one large allocation each (nil once `realloc` replaced them).
    var largeBlocks: [UnsafeMutableRawPointer?] = []
    var cursor: UnsafeMutableRawPointer?
    var remaining = 0
    var nextBlockSize = firstBlockSize
    /// The most recent bump allocation, which `realloc` can grow in place.
    var last: UnsafeMutableRawPointer?

    mutating func releaseAll() {
      for block in blocks { free(block) }
      for case let block? in largeBlocks { free(block) }
      blocks = []
      largeBlocks = []
    }

    /// `size` bytes, 16-byte aligned. Like cmark's own allocator, stops the process when
    /// memory runs out rather than hand cmark a null pointer it would not check.
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
      let rounded = Self.rounded(size)
      let needed = Self.headerSize + rounded
      if needed > Self.blockSize / 4 {
        return allocateLarge(size)
      }
      if needed > remaining {
        let size = max(nextBlockSize, needed)
        guard let block = malloc(size) else { fatalError("cmark arena: out of memory") }
        blocks.append(block)
        cursor = block
        remaining = size
        nextBlockSize = min(nextBlockSize * 2, Self.blockSize)
      }
      guard let start = cursor else { fatalError("cmark arena: no block") }
      cursor = start + needed
      remaining -= needed
      let memory = start + Self.headerSize
      Self.setHeader(of: memory, size: rounded, largeIndex: -1)
      last = memory
      return memory
    }

    mutating func allocateLarge(_ size: Int) -> UnsafeMutableRawPointer {
      guard let block = malloc(Self.headerSize + size) else { fatalError("cmark arena: out of memory") }
      let memory = block + Self.headerSize
      Self.setHeader(of: memory, size: size, largeIndex: largeBlocks.count)
      largeBlocks.append(block)
      return memory
    }

    mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
      guard let pointer else { return allocate(size) }
      let (oldSize, largeIndex) = Self.header(of: pointer)
      if size <= oldSize { return pointer }
      if largeIndex >= 0, let block = largeBlocks[largeIndex] {
        guard let grown = realloc(block, Self.headerSize + size) else {
          fatalError("cmark arena: out of memory")
        }
        largeBlocks[largeIndex] = grown
        let memory = grown + Self.headerSize
        Self.setHeader(of: memory, size: size, largeIndex: largeIndex)
        return memory
      }
      // The newest bump allocation grows in place while its block has room: cmark's
      // buffers grow while they are being filled, usually before anything else is allocated.
      let rounded = Self.rounded(size)
      let extra = rounded - oldSize
      if pointer == last, extra <= remaining, Self.headerSize + rounded <= Self.blockSize / 4 {
        cursor = cursor.map { $0 + extra }
        remaining -= extra
        Self.setHeader(of: pointer, size: rounded, largeIndex: -1)
        return pointer
      }
      let moved = allocate(size)
      moved.copyMemory(from: pointer, byteCount: oldSize)
      return moved
    }

    static func rounded(_ size: Int) -> Int {
      (size + 15) & ~15
    }

    static func setHeader(of memory: UnsafeMutableRawPointer, size: Int, largeIndex: Int) {
      (memory - headerSize).storeBytes(of: size, as: Int.self)
      (memory - headerSize + 8).storeBytes(of: largeIndex, as: Int.self)
    }

    static func header(of memory: UnsafeMutableRawPointer) -> (size: Int, largeIndex: Int) {
      ((memory - headerSize).load(as: Int.self), (memory - headerSize + 8).load(as: Int.self))
    }
  }
}
