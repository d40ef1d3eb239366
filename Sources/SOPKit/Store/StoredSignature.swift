import Foundation
import GRDB

/// An electronic signature on a revision: printed name, user, UTC time, meaning, and the
/// SHA-256 of the revision it signs, so it cannot be moved to other content.
public struct StoredSignature: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
  /// The table name.
  public static let databaseTableName = "signature"

  /// Row id.
  public var id: Int64?
  /// The signed revision's row id.
  public var revisionID: Int64
  /// The review round it belongs to.
  public var round: Int
  /// Signer's user name.
  public var userName: String
  /// Signer's full printed name.
  public var printedName: String
  /// Roles the signer held when signing (JSON array).
  public var roles: String
  /// What the signature means.
  public var meaning: SignatureMeaning
  /// The signer's comment.
  public var comment: String?
  /// When (UTC timestamp).
  public var signedAt: String
  /// SHA-256 of the signed revision's bytes.
  public var revisionHash: String
  /// On an approval: the lower change class the signer explicitly accepted, if any.
  public var acceptsClass: ChangeClass? = nil

  enum CodingKeys: String, CodingKey {
    case id
    case revisionID = "revision_id"
    case round
    case userName = "user_name"
    case printedName = "printed_name"
    case roles, meaning, comment
    case signedAt = "signed_at"
    case revisionHash = "revision_hash"
    case acceptsClass = "accepts_class"
  }

  /// Records the row id after insertion.
  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  /// The signer as the workflow sees them (with the roles held when signing).
  public var signer: Signer {
    let roleList = (try? JSONDecoder().decode([String].self, from: Data(roles.utf8))) ?? []
    return Signer(userName: userName, printedName: printedName, roles: Set(roleList))
  }

  /// `Ana Ruiz (ana.ruiz) approval 2026-03-01T10:00:00.000Z`.
  public var manifestation: String {
    "\(printedName) (\(userName)) \(meaning.rawValue) \(signedAt)"
  }
}
