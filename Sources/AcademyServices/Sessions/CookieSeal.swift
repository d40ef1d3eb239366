import Crypto
import Foundation

/// Signs and checks the texts the web app keeps in cookies, with the database's cookie secret
/// (HMAC-SHA-256, cut to 128 bits): a browser can hold them but not make or change one.
struct CookieSeal: Sendable {
  private let key: SymmetricKey

  init(secret: [UInt8]) {
    key = SymmetricKey(data: secret)
  }

  /// `fields` joined by `.` with their tag at the end. A field must hold no `.`.
  func sign(_ kind: String, _ fields: [String]) -> String {
    let body = fields.joined(separator: ".")
    return body + "." + tag(kind, body)
  }

  /// The fields of a text `sign(kind, ...)` made with `count` fields; nil when it is
  /// malformed or its tag is not ours.
  func open(_ kind: String, _ text: String, count: Int) -> [Substring]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == count + 1, let given = parts.last else { return nil }
    let body = text.dropLast(given.count + 1)
    guard Self.equal(Array(given.utf8), Array(tag(kind, String(body)).utf8)) else { return nil }
    return Array(parts.dropLast())
  }

  private func tag(_ kind: String, _ body: String) -> String {
    let mac = HMAC<SHA256>.authenticationCode(for: Data((kind + "|" + body).utf8), using: key)
    return Self.hex(Array(mac.prefix(16)))
  }

  /// Lower-case hex of `bytes`, written in place: `String(format: "%02x")` a byte was 10 % of
  /// the server's CPU on the cached SOP page (perf, 2026-12-04).
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    return String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
      var index = 0
      for byte in bytes {
        buffer[index] = digits[Int(byte >> 4)]
        buffer[index + 1] = digits[Int(byte & 0x0f)]
        index += 2
      }
      return index
    }
  }

  /// Compares in time independent of where the bytes differ.
  static func equal(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in left.indices { difference |= left[index] ^ right[index] }
    return difference == 0
  }
}
