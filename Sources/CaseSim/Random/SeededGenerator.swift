/// xoshiro256** seeded through SplitMix64: fast, small state, and the same sequence on every
/// platform, so a seed reproduces an account byte for byte.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// Creates the generator for `seed`; `stream` derives an independent sequence (account
  /// k of a run uses stream k), so any account can be made without making the ones before.
  public init(seed: UInt64, stream: UInt64 = 0) {
    // Mixing the stream through SplitMix64 before seeding keeps nearby (seed, stream)
    // pairs from producing correlated states.
    var mixer = SplitMix64(state: seed)
    let offset = mixer.next() ^ (stream &* 0xD1B5_4A32_D192_ED03)
    var splitmix = SplitMix64(state: offset)
    state = (splitmix.next(), splitmix.next(), splitmix.next(), splitmix.next())
    if state == (0, 0, 0, 0) { state.0 = 0x9E37_79B9_7F4A_7C15 }
  }

  /// The next 64 random bits.
  @inline(__always)
  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = rotate(state.3, 45)
    return result
  }

  // Inlined: the generator draws a few hundred times per account, and a call per
  // rotation cost more than the rotation.
  @inline(__always)
  private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}

/// SplitMix64, used only to expand a 64-bit seed into xoshiro's state.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
