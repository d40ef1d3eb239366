import Testing

@testable import CaseSim

@Suite struct SeededGeneratorTests {
  @Test func repeatsItsSequenceForASeedAndStream() {
    var first = SeededGenerator(seed: 42, stream: 3)
    var second = SeededGenerator(seed: 42, stream: 3)
    let a = (0..<100).map { _ in first.next() }
    let b = (0..<100).map { _ in second.next() }
    #expect(a == b)
  }

  @Test func separatesSeedsAndStreams() {
    var base = SeededGenerator(seed: 42, stream: 0)
    var otherStream = SeededGenerator(seed: 42, stream: 1)
    var otherSeed = SeededGenerator(seed: 43, stream: 0)
    let value = base.next()
    #expect(value != otherStream.next())
    #expect(value != otherSeed.next())
  }

  @Test func drawsIntegersInsideTheRangeUniformly() {
    var generator = SeededGenerator(seed: 7)
    var counts = [Int](repeating: 0, count: 6)
    for _ in 0..<60_000 {
      let value = generator.int(in: 1...6)
      #expect((1...6).contains(value))
      counts[value - 1] += 1
    }
    #expect(counts.allSatisfy { abs($0 - 10_000) < 500 })
  }
}
