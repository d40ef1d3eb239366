import CivilCalendar

/// A trainee's e-signature on one SOP revision: "I have read and understood this procedure
/// and will apply it", bound to the revision's SHA-256.
public struct Acknowledgement: Sendable, Hashable, Codable {
  /// The signature meaning recorded.
  public static let meaning = "acknowledgement"

  /// Row id.
  public var id: Int64?
  /// The trainee's user name.
  public var trainee: String
  /// The printed name at signing.
  public var printedName: String
  /// The SOP.
  public var sopID: String
  /// The revision's label, e.g. `2.0`.
  public var revisionNumber: String
  /// The revision's creation order within its SOP.
  public var revisionSequence: Int
  /// SHA-256 of the revision's bytes.
  public var revisionHash: String
  /// Always `acknowledgement`.
  public var meaning: String
  /// When (UTC timestamp).
  public var signedAt: String

  /// Creates an acknowledgement.
  public init(
    id: Int64? = nil, trainee: String, printedName: String, sopID: String, revisionNumber: String,
    revisionSequence: Int, revisionHash: String, signedAt: String
  ) {
    self.id = id
    self.trainee = trainee
    self.printedName = printedName
    self.sopID = sopID
    self.revisionNumber = revisionNumber
    self.revisionSequence = revisionSequence
    self.revisionHash = revisionHash
    self.meaning = Acknowledgement.meaning
    self.signedAt = signedAt
  }

  /// The UTC day signed.
  public var day: CivilDate? { CivilDate(dayOf: signedAt) }

  enum CodingKeys: String, CodingKey {
    case id, trainee
    case printedName = "printed_name"
    case sopID = "sop_id"
    case revisionNumber = "revision_number"
    case revisionSequence = "revision_sequence"
    case revisionHash = "revision_hash"
    case meaning
    case signedAt = "signed_at"
  }
}
