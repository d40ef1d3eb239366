/// The case's randomness: every draw gets a fresh generator from the seed and a counter, so
/// a reaction depends only on the seed and how many draws came before it (never on a global
/// generator), and a replay of the same attempt reproduces every reaction.
struct CaseDice: Sendable {
  let seed: UInt64
  private(set) var counter: UInt64 = 0

  init(seed: UInt64) {
    self.seed = seed
  }

  /// Streams start far from the generator's account streams (0, 1, 2...).
  private static let streamBase: UInt64 = 0xCA5E_0000_0000_0000

  mutating func next() -> SeededGenerator {
    counter += 1
    return SeededGenerator(seed: seed, stream: Self.streamBase &+ counter)
  }

  mutating func chance(_ probability: Double) -> Bool {
    var generator = next()
    return generator.chance(probability)
  }

  mutating func int(in range: ClosedRange<Int>) -> Int {
    var generator = next()
    return generator.int(in: range)
  }
}
