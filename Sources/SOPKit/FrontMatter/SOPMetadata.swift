import CivilCalendar

/// The validated front matter of an SOP (see `docs/sop-format.md`, "Front matter").
public struct SOPMetadata: Sendable, Hashable, Codable {
  /// Document id, e.g. `COL-004` or `COL-004-ES`.
  public var id: String
  /// Title shown in lists and at the top of the page.
  public var title: String
  /// User name of the senior who maintains the SOP.
  public var owner: String
  /// User names or roles that approve each revision (at least one).
  public var approvers: [String]
  /// Months between periodic reviews (1-60).
  public var reviewEveryMonths: Int
  /// Language of the body.
  public var language: SOPLanguage
  /// For a translation, the id of the source SOP.
  public var translationOf: String?
  /// Roles or teams the SOP applies to.
  public var appliesTo: [String]
  /// Proposed effective date, `YYYY-MM-DD` (checked to be a real date).
  public var effective: CivilDate?
  /// Lower-case words that group the library.
  public var tags: [String]

  /// Creates metadata; callers outside SOPKit build it for tests and imports.
  public init(
    id: String, title: String, owner: String, approvers: [String], reviewEveryMonths: Int,
    language: SOPLanguage, translationOf: String? = nil, appliesTo: [String] = [],
    effective: CivilDate? = nil, tags: [String] = []
  ) {
    self.id = id
    self.title = title
    self.owner = owner
    self.approvers = approvers
    self.reviewEveryMonths = reviewEveryMonths
    self.language = language
    self.translationOf = translationOf
    self.appliesTo = appliesTo
    self.effective = effective
    self.tags = tags
  }

  enum CodingKeys: String, CodingKey {
    case id, title, owner, approvers
    case reviewEveryMonths = "review_every_months"
    case language
    case translationOf = "translation_of"
    case appliesTo = "applies_to"
    case effective, tags
  }
}
