import Foundation
import GRDB

/// A signed-in browser session as the database keeps it: keyed by the SHA-256 of the session
/// id (the id itself is only ever in the user's cookie), with the CSRF token its forms carry,
/// the UI language chosen and the absolute end of its life.
public struct WebSessionRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
  /// The table name.
  public static let databaseTableName = "web_session"

  /// Hex SHA-256 of the session id.
  public var idHash: String
  /// Whose session it is.
  public var userName: String
  /// The token every form of this session posts back.
  public var csrf: String
  /// The UI language chosen in this session (`en`, `es`), if any.
  public var language: String?
  /// When the user signed in (UTC timestamp).
  public var createdAt: String
  /// When the session ends whatever the user does (UTC timestamp).
  public var expiresAt: String

  enum CodingKeys: String, CodingKey {
    case idHash = "id_hash"
    case userName = "user_name"
    case csrf
    case language
    case createdAt = "created_at"
    case expiresAt = "expires_at"
  }

  /// Creates a record.
  public init(
    idHash: String, userName: String, csrf: String, language: String?, createdAt: String, expiresAt: String
  ) {
    self.idHash = idHash
    self.userName = userName
    self.csrf = csrf
    self.language = language
    self.createdAt = createdAt
    self.expiresAt = expiresAt
  }

  /// The hex SHA-256 of a session id: what the table keys a session by.
  public static func hash(id: String) -> String {
    UserDirectory.hash(id)
  }

  /// What the audit trail keeps about a session: a prefix of the id's hash to tell a user's
  /// sessions apart (never the id, never the CSRF token), its language and its end.
  var auditImage: [String: String] {
    var image = ["session": String(idHash.prefix(12)), "expires": expiresAt]
    if let language { image["language"] = language }
    return image
  }
}

/// A session row with the account it belongs to, as one read returns it.
public struct StoredSession: Sendable, Hashable {
  /// The row.
  public var record: WebSessionRecord
  /// The signed-in user as the database holds them now.
  public var account: UserAccount

  /// Creates a stored session.
  public init(record: WebSessionRecord, account: UserAccount) {
    self.record = record
    self.account = account
  }
}
