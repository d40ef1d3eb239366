import Crypto
import Foundation
import GRDB

/// One row of the append-only, hash-chained `audit_entry` table.
///
/// `hash` is a digest of the entry's canonical text followed by the previous entry's hash,
/// so changing, inserting or deleting any earlier row breaks every hash after it. Entries
/// written with the audit key (`scheme` `hmac-sha256`) are keyed, so the chain cannot be
/// rebuilt without the key, and carry the `state` of the sealed records (`AuditSeal`);
/// older entries (`sha256`) are plain SHA-256.
public struct AuditEntry: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
  /// The table name.
  public static let databaseTableName = "audit_entry"

  /// Position in the chain, from 1.
  public var seq: Int64
  /// When it happened, `YYYY-MM-DDTHH:MM:SS.mmmZ` (UTC).
  public var time: String
  /// Who acted.
  public var actor: String
  /// What was done.
  public var action: String
  /// To what.
  public var subject: String
  /// JSON before the change.
  public var before: String?
  /// JSON after the change.
  public var after: String?
  /// The previous entry's hash (`AuditEntry.genesisHash` for the first).
  public var prevHash: String
  /// SHA-256 (or, keyed, HMAC-SHA-256) hex of `canonicalText + prevHash`.
  public var hash: String
  /// `sha256` (unkeyed, before the audit key existed) or `hmac-sha256`.
  public var scheme: String = AuditEntry.unkeyedScheme
  /// The sealed records' digests and the rows sealed by this entry (keyed entries only).
  public var state: String?

  /// The scheme of entries written without the audit key.
  public static let unkeyedScheme = "sha256"
  /// The scheme of entries written with the audit key.
  public static let keyedScheme = "hmac-sha256"

  enum CodingKeys: String, CodingKey {
    case seq, time, actor, action, subject, before, after
    case prevHash = "prev_hash"
    case hash, scheme, state
  }

  /// Whether the entry was written with the audit key.
  public var isKeyed: Bool { scheme == Self.keyedScheme }

  /// The hash before the first entry: 64 zeros.
  public static let genesisHash = String(repeating: "0", count: 64)

  /// Length-prefixed fields, one per line, so no value can imitate a field boundary.
  var canonicalText: String {
    var fields: [String?] = [String(seq), time, actor, action, subject, before, after]
    if isKeyed { fields += [scheme, state] }
    return fields.map { field in
      guard let field else { return "-\n" }
      return "\(field.utf8.count):\(field)\n"
    }.joined()
  }

  /// The hash this entry should have, recomputed from its fields.
  public var expectedHash: String {
    let digest = SHA256.hash(data: Data((canonicalText + prevHash).utf8))
    return digest.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
