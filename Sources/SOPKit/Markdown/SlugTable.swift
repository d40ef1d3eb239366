/// Byte strings with an `Int` each, for `SlugAllocator`: a `[String: Int]` that takes its
/// keys as UTF-8 bytes, so a heading's slug is looked up and stored without building a
/// `String` for it (the strings and their rehashing were most of the cost of a heading).
///
/// Keys live back to back in one array; an open-addressing table of entry numbers finds
/// them by their seeded `Hasher` value, so crafted headings cannot force collisions.
struct SlugTable: Sendable {
  /// Every key's bytes, in insertion order; entry `n` is `keys[starts[n]..<starts[n + 1]]`.
  private var keys: [UInt8] = []
  private var starts: [Int] = [0]
  private var values: [Int] = []
  private var hashes: [Int] = []
  /// Entry number per slot, -1 when free; a power of two at most half full.
  private var slots = [Int32](repeating: -1, count: 64)

  /// Sets the value of `key` and returns its entry number and the value it replaced, nil
  /// when the key is new: `Dictionary.updateValue(_:forKey:)`.
  mutating func updateValue(_ value: Int, forKey key: UnsafeBufferPointer<UInt8>) -> (entry: Int, old: Int?) {
    let hash = Self.hash(key)
    var slot = hash & (slots.count - 1)
    while slots[slot] >= 0 {
      let entry = Int(slots[slot])
      if hashes[entry] == hash && keyEquals(entry, key) {
        defer { values[entry] = value }
        return (entry, values[entry])
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    let entry = values.count
    keys.append(contentsOf: key)
    starts.append(keys.count)
    values.append(value)
    hashes.append(hash)
    slots[slot] = Int32(entry)
    if values.count * 2 > slots.count {
      grow()
    }
    return (entry, nil)
  }

  /// Sets the value of the key at `entry`.
  mutating func setValue(_ value: Int, at entry: Int) {
    values[entry] = value
  }

  /// `body` on the bytes of the key at `entry`.
  func withKey<Result>(at entry: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    keys.withUnsafeBufferPointer { keys in
      body(UnsafeBufferPointer(rebasing: keys[starts[entry]..<starts[entry + 1]]))
    }
  }

  private func keyEquals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[entry]
    guard starts[entry + 1] - start == key.count else { return false }
    return keys.withUnsafeBufferPointer { keys in
      for offset in 0..<key.count where keys[start + offset] != key[offset] {
        return false
      }
      return true
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for entry in hashes.indices {
      var slot = hashes[entry] & mask
      while slots[slot] >= 0 {
        slot = (slot + 1) & mask
      }
      slots[slot] = Int32(entry)
    }
  }

  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(key))
    return hasher.finalize()
  }
}
