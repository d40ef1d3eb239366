import Foundation

// The draws the generator needs, written out rather than taken from the standard library's
// `random(in:using:)` so the sequence cannot change under a toolchain update.
extension RandomNumberGenerator {
  /// A uniform integer in `range` (Lemire's nearly divisionless method).
  @inline(__always)
  mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &+ 1
    if span == 0 { return Int(truncatingIfNeeded: next()) }
    var product = next().multipliedFullWidth(by: span)
    if product.low < span {
      let threshold = (0 &- span) % span
      while product.low < threshold {
        product = next().multipliedFullWidth(by: span)
      }
    }
    return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
  }

  /// A uniform integer in `0..<count`; `count` must be positive.
  @inline(__always)
  mutating func index(below count: Int) -> Int {
    int(in: 0...(count - 1))
  }

  /// A uniform double in [0, 1) with 53 random bits.
  @inline(__always)
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// True with probability `probability`.
  @inline(__always)
  mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// A standard normal deviate (Box-Muller; one of the pair is discarded to keep no state).
  mutating func normal() -> Double {
    let u1 = 1 - unit()  // (0, 1]: log is finite
    let u2 = unit()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// One element of a non-empty array.
  mutating func element<T>(of values: [T]) -> T {
    values[index(below: values.count)]
  }

  /// A uniform amount in `range`, to the cent.
  mutating func minorUnits(in range: ClosedRange<Int64>) -> Int64 {
    Int64(int(in: Int(range.lowerBound)...Int(range.upperBound)))
  }
}
