import CaseSim
import Foundation

/// Generates accounts on every core and writes them in index order. Accounts are independent
/// (account k draws from its own stream), so the accounts are cut into slices of
/// `sliceSize`, slice s made by worker thread s % workers into one of that worker's two
/// buffers, and the calling thread writes the slices in order as they are ready: the bytes
/// are the same as a single-threaded run, memory stays a few buffers, and no worker waits
/// for the others at the end of every batch.
struct AccountPipeline {
  /// The most accounts one run writes (`--count`): a thousand million, terabytes of JSON.
  /// Slice arithmetic on counts up to it cannot overflow.
  static let maximumCount = 1_000_000_000

  /// Accounts per slice: large enough that threads rarely meet, small enough to keep memory flat.
  static let sliceSize = 512
  /// Buffers per worker: one being filled while the writer empties the other.
  static let buffersPerWorker = 2

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

  /// One slice's output buffer, handed between its worker and the writer.
  // @unchecked Sendable: `writer` is touched by the worker between `emptied` and `filled`,
  // and by the writing thread between `filled` and `emptied`, never by both.
  final class Slot: @unchecked Sendable {
    var writer = ByteWriter(capacity: AccountPipeline.sliceSize * 4096)
    /// Signalled when the slot holds a slice to write.
    let filled = DispatchSemaphore(value: 0)
    /// Signalled when the slot may be filled again.
    let emptied = DispatchSemaphore(value: 1)
    /// Keeps the next slot's writer off this one's cache lines.
    let padding: (SIMD64<UInt8>, SIMD64<UInt8>) = (.zero, .zero)
  }

  /// Set when writing failed, so the workers stop.
  final class Stop: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    var isSet: Bool { lock.withLock { stopped } }
    func set() { lock.withLock { stopped = true } }
  }

  /// The buffer of slice `slice`: its worker's, alternating between that worker's buffers.
  private func slot(forSlice slice: Int, in slots: [Slot]) -> Slot {
    slots[(slice % workers) * Self.buffersPerWorker + (slice / workers) % Self.buffersPerWorker]
  }

  /// Encodes slice `slice` into `slot`, refilling one streamed account in place.
  private func fill(_ slot: Slot, slice: Int) {
    let from = slice * Self.sliceSize
    let to = min(count, from + Self.sliceSize)
    guard from < to else { return }
    var account = StreamedAccount()
    for index in from..<to {
      generator.refill(&account, seed: seed, index: index)
      encoder.append(account, isFirst: index == 0, into: &slot.writer)
    }
  }

  /// Streams every account to `stream`, calling `progress` with the number written so far.
  func run(into stream: inout OutputStream, progress: (Int) -> Void) throws {
    encoder.begin(into: &stream.buffer)
    try stream.flush()
    let sliceCount = (count + Self.sliceSize - 1) / Self.sliceSize
    let slots = (0..<workers * Self.buffersPerWorker).map { _ in Slot() }
    let stop = Stop()
    let finished = DispatchGroup()
    for worker in 0..<min(workers, sliceCount) {
      finished.enter()
      Thread {
        defer { finished.leave() }
        for slice in stride(from: worker, to: sliceCount, by: workers) {
          let slot = slot(forSlice: slice, in: slots)
          slot.emptied.wait()
          if stop.isSet { break }
          fill(slot, slice: slice)
          slot.filled.signal()
        }
      }.start()
    }
    var failure: (any Error)?
    for slice in 0..<sliceCount {
      let slot = slot(forSlice: slice, in: slots)
      slot.filled.wait()
      do {
        try stream.write(slot.writer)
      } catch {
        failure = error
        break
      }
      slot.writer.removeAll()
      slot.emptied.signal()
      progress(min(count, (slice + 1) * Self.sliceSize))
    }
    if let failure {
      // Wake every worker waiting for a buffer; each sees the stop and ends.
      stop.set()
      for slot in slots { slot.emptied.signal() }
      finished.wait()
      throw failure
    }
    finished.wait()
    encoder.end(into: &stream.buffer)
    try stream.flush()
  }
}
