import GRDB

/// An admin-issued credential that lets automation (a CI job, a nightly import) act as one
/// user without that user's password. Only the SHA-256 of the secret is stored; the secret is
/// shown once, when issued. A token never signs: e-signatures need the person's password.
public struct AutomationToken: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "automation_token"

  /// Row id; the token is called `t<id>` in listings and the audit trail.
  public var id: Int64?
  /// The user the token acts as.
  public var userName: String
  /// SHA-256 hex of the secret.
  public var secretHash: String
  /// The admin who issued it.
  public var issuedBy: String
  /// When (UTC timestamp).
  public var issuedAt: String
  /// When it was revoked, if it was.
  public var revokedAt: String?
  /// Who revoked it.
  public var revokedBy: String?

  enum CodingKeys: String, CodingKey {
    case id
    case userName = "user_name"
    case secretHash = "secret_hash"
    case issuedBy = "issued_by"
    case issuedAt = "issued_at"
    case revokedAt = "revoked_at"
    case revokedBy = "revoked_by"
  }

  /// `t3`: how listings, errors and the audit trail name the token.
  public var label: String { "t\(id ?? 0)" }

  /// Whether it still proves who acts.
  public var isActive: Bool { revokedAt == nil }

  /// Takes the row id after an insert.
  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  /// What the audit trail keeps about a token (never the secret or its hash).
  var auditImage: [String: String] {
    var image = ["token": label, "user": userName, "issuedBy": issuedBy]
    if let revokedBy { image["revokedBy"] = revokedBy }
    return image
  }
}
