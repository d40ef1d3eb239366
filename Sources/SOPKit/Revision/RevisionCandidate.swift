import CivilCalendar

/// A file offered to the store as a new revision: its text and the front matter fields the
/// store keeps beside it. Built by the importer from a parsed, lint-clean SOP.
public struct RevisionCandidate: Sendable, Hashable {
  /// Front matter `id`.
  public var sopID: String
  /// Front matter `title`.
  public var title: String
  /// Front matter `owner`.
  public var owner: String
  /// Front matter `approvers`.
  public var approvers: [String]
  /// Front matter `review_every_months`.
  public var reviewEveryMonths: Int
  /// Front matter `language` (`en`, `es`).
  public var language: String
  /// Front matter `translation_of`.
  public var translationOf: String?
  /// Front matter `effective`, `YYYY-MM-DD`.
  public var effective: CivilDate?
  /// The whole file, front matter included.
  public var content: String
  /// Where it came from (messages and history).
  public var sourcePath: String

  /// Creates a candidate.
  public init(
    sopID: String, title: String, owner: String, approvers: [String], reviewEveryMonths: Int,
    language: String, translationOf: String? = nil, effective: CivilDate? = nil, content: String,
    sourcePath: String
  ) {
    self.sopID = sopID
    self.title = title
    self.owner = owner
    self.approvers = approvers
    self.reviewEveryMonths = reviewEveryMonths
    self.language = language
    self.translationOf = translationOf
    self.effective = effective
    self.content = content
    self.sourcePath = sourcePath
  }

  /// SHA-256 of the content's bytes.
  public var hash: String { ContentHash.of(content) }
}
