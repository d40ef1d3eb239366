import Foundation

/// Random tokens for session ids and CSRF tokens: 32 bytes from the system's CSPRNG, hex.
enum Tokens {
  static func random() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
  }

  /// Compares in time independent of where the strings differ.
  static func equal(_ lhs: String, _ rhs: String) -> Bool {
    let left = Array(lhs.utf8)
    let right = Array(rhs.utf8)
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in left.indices { difference |= left[index] ^ right[index] }
    return difference == 0
  }
}
