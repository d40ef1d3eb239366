import Crypto
import Foundation

/// SHA-256 of a revision's bytes, in lower-case hex: a revision's identity and what a
/// signature is bound to.
public enum ContentHash {
  /// The hex SHA-256 of `data`.
  public static func of(_ data: Data) -> String {
    SHA256.hash(data: data).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// The hex SHA-256 of `text`'s UTF-8 bytes.
  public static func of(_ text: String) -> String { of(Data(text.utf8)) }
}
