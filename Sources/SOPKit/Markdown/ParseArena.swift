#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The state of the arena behind the C hooks while a parse holds them. A global with a
/// constant initializer, so the hooks read it directly: a thread-local slot (and the lazy
/// global holding its key) cost two calls on every one of cmark's allocations.
nonisolated(unsafe) private var installedState: UnsafeMutableRawPointer? = nil

/// Memory for one cmark parse: handed out by bumping a cursor through large blocks, reused
/// when cmark frees it, and released all at once when the arena goes away.
///
/// cmark allocates (and frees) a small block per node, text chunk and buffer; on a 4 MB SOP
/// the system allocator's bookkeeping for those, and freeing the tree node by node, were a
/// large part of the parse. cmark's allocator hooks (`cmark_mem`) are plain C functions
/// without a context argument, so one parse at a time in the process holds them: a parse
/// on another thread, or a table's cells parsed while their document is open, uses cmark's
/// own allocator instead. The bump state lives behind a pointer, not in class properties,
/// so the hooks pay no exclusivity checks.
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

  /// Runs `body` with a new arena behind the C hooks, or returns nil without running it
  /// when another parse holds them.
  static func withInstalled<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure)
    -> Result?
  {
    guard pthread_mutex_trylock(hooksLock) == 0 else { return nil }
    defer { pthread_mutex_unlock(hooksLock) }
    let arena = ParseArena()
    installedState = UnsafeMutableRawPointer(arena.state)
    defer { installedState = nil }
    return try withExtendedLifetime(arena) { () throws(Failure) -> Result in try body() }
  }

  /// The C hooks, which allocate from the installed arena.
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

  /// Freed memory is kept for reuse, never returned block by block: the tree itself is
  /// released all at once with the arena (`withDocument` skips `cmark_node_free`).
  static let freeHook: Free = { pointer in
    guard let pointer else { return }
    current.pointee.release(pointer)
  }

  /// Held by the parse whose arena is behind the hooks.
  nonisolated(unsafe) private static let hooksLock: UnsafeMutablePointer<pthread_mutex_t> = {
    let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    precondition(pthread_mutex_init(lock, nil) == 0, "cannot create the cmark arena's lock")
    return lock
  }()

  private static var current: UnsafeMutablePointer<State> {
    guard let installed = installedState else {
      preconditionFailure("cmark allocated outside ParseArena.withInstalled")
    }
    return installed.assumingMemoryBound(to: State.self)
  }

  /// The blocks, the bump cursor and the lists of freed blocks.
  private struct State {
    /// Bytes before every allocation: its usable size, and the index in `largeBlocks` of
    /// a block of its own (-1 for bump-allocated memory). 16 keeps malloc's alignment.
    static let headerSize = 16
    /// Sizes of the bump blocks: small first (a table's cells make a tiny document), then
    /// doubling up to one huge page.
    static let firstBlockSize = 1 << 15
    static let blockSize = HugePages.size
    /// Largest request served from the bump blocks and recycled when freed. Anything
    /// larger (long paragraphs' content buffers) gets a `malloc` block of its own, handed
    /// back to `malloc` when cmark frees it.
    static let largestPooled = 4096

    /// Bump blocks, from `malloc`: only what cmark asks to be zeroed is zeroed.
    var blocks: [UnsafeMutableRawPointer] = []
    /// Blocks holding one large allocation each (nil once freed or replaced by `realloc`).
    var largeBlocks: [UnsafeMutableRawPointer?] = []
    var cursor: UnsafeMutableRawPointer?
    var remaining = 0
    var nextBlockSize = firstBlockSize
    /// The most recent bump allocation, which `realloc` can grow in place and `free` can
    /// hand back to the cursor.
    var last: UnsafeMutableRawPointer?
    /// Freed bump allocations by size (index = size / 16), linked through their first
    /// word. cmark frees every block's content buffer once its inlines are parsed, and
    /// without reuse the arena touched half again as many pages as cmark's own allocator.
    let freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    init() {
      let count = Self.largestPooled / 16 + 1
      freeLists = .allocate(capacity: count)
      freeLists.initialize(repeating: nil, count: count)
    }

    mutating func releaseAll() {
      for block in blocks { free(block) }
      for case let block? in largeBlocks { free(block) }
      blocks = []
      largeBlocks = []
      freeLists.deallocate()
    }

    /// `size` bytes, 16-byte aligned. Like cmark's own allocator, stops the process when
    /// memory runs out rather than hand cmark a null pointer it would not check.
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
      let rounded = Self.rounded(size)
      if rounded > Self.largestPooled {
        return allocateLarge(size)
      }
      if let recycled = freeLists[rounded >> 4] {
        freeLists[rounded >> 4] = recycled.load(as: UnsafeMutableRawPointer?.self)
        return recycled
      }
      let needed = Self.headerSize + rounded
      if needed > remaining {
        let size = max(nextBlockSize, needed)
        let fresh = size >= HugePages.size ? HugePages.allocate(byteCount: size) : malloc(size)
        guard let block = fresh else { fatalError("cmark arena: out of memory") }
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

    /// Takes back memory cmark is done with, for the next allocation of its size.
    mutating func release(_ memory: UnsafeMutableRawPointer) {
      let (size, largeIndex) = Self.header(of: memory)
      if largeIndex >= 0 {
        largeBlocks[largeIndex].map { free($0) }
        largeBlocks[largeIndex] = nil
      } else if memory == last {
        cursor = memory - Self.headerSize
        remaining += Self.headerSize + size
        last = nil
      } else if size <= Self.largestPooled {
        memory.storeBytes(of: freeLists[size >> 4], as: UnsafeMutableRawPointer?.self)
        freeLists[size >> 4] = memory
      }
      // A bump allocation grown in place past `largestPooled` stays until the arena goes.
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
      release(pointer)
      return moved
    }

    /// `size` rounded up to 16 bytes, and never 0: a freed block holds a list link.
    static func rounded(_ size: Int) -> Int {
      max((size + 15) & ~15, 16)
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
