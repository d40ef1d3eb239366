import CaseSim
import Foundation

/// Generates accounts on every core and writes them in index order. Accounts are independent
/// (account k draws from its own stream), so a batch is cut into one contiguous slice per
/// core, each slice encoded into its own buffer, and the buffers written one after another:
/// the bytes are the same as a single-threaded run, memory stays a few buffers.
struct AccountPipeline {
  /// Accounts per slice: large enough that threads rarely meet, small enough to keep memory flat.
  static let sliceSize = 512

  let generator: AccountGenerator
  let encoder: AccountEncoder
  let seed: UInt64
  let count: Int
  let workers: Int

  init(generator: AccountGenerator, encoder: AccountEncoder, seed: UInt64, count: Int) {
    self.generator = generator
    self.encoder = encoder
    self.seed = seed
    self.count = count
    // Online processors: Foundation's `activeProcessorCount` reads a container's cgroup CPU
    // shares as a single core.
    workers = max(1, min(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 8))
  }

  /// One slice's output buffer.
  // @unchecked Sendable: during a batch slot `w` is touched only by the task filling slice
  // `w`, and between batches (after `group.wait()`) only by the calling thread.
  final class Slot: @unchecked Sendable {
    var writer = ByteWriter(capacity: AccountPipeline.sliceSize * 4096)
  }

  /// Encodes the slice starting at `from` (at most `sliceSize` accounts, none from `end` on).
  private func fill(_ slot: Slot, from: Int, to end: Int) {
    let to = min(end, from + Self.sliceSize)
    guard from < to else { return }
    // One account value per slice, refilled in place: its lists keep their storage.
    var account = generator.account(seed: seed, index: from)
    encoder.append(account, isFirst: from == 0, into: &slot.writer)
    for index in from + 1..<to {
      generator.refill(&account, seed: seed, index: index)
      encoder.append(account, isFirst: false, into: &slot.writer)
    }
  }

  /// Streams every account to `stream`, calling `progress` with the number written so far.
  func run(into stream: inout OutputStream, progress: (Int) -> Void) throws {
    encoder.begin(into: &stream.buffer)
    try stream.flush()
    let slots = (0..<workers).map { _ in Slot() }
    let batch = workers * Self.sliceSize
    var start = 0
    while start < count {
      let end = min(count, start + batch)
      let batchStart = start
      let group = DispatchGroup()
      // A thread per extra slice, not `DispatchQueue.global()`: in the statically linked
      // release build the global queue's pool ran its work only once the main thread waited,
      // which made generation serial (one core busy, same wall time as the CPU time).
      for worker in 1..<workers {
        group.enter()
        Thread {
          fill(slots[worker], from: batchStart + worker * Self.sliceSize, to: end)
          group.leave()
        }.start()
      }
      // The calling (main) thread takes the first slice itself.
      fill(slots[0], from: batchStart, to: end)
      group.wait()
      for slot in slots {
        try stream.write(slot.writer)
        slot.writer.removeAll()
      }
      start = end
      progress(end)
    }
    encoder.end(into: &stream.buffer)
    try stream.flush()
  }
}
