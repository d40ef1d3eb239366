/// The parts of a standalone page that depend on where it is shown: navigation and the
/// revision shown in the metadata panel.
public struct PageOptions: Sendable, Hashable {
  /// A link to another language version of the same SOP.
  public struct LanguageLink: Sendable, Hashable {
    /// The version's language.
    public var language: SOPLanguage
    /// Its page.
    public var href: String
    /// Whether this is the page being shown.
    public var isCurrent: Bool

    /// Creates a link.
    public init(language: SOPLanguage, href: String, isCurrent: Bool) {
      self.language = language
      self.href = href
      self.isCurrent = isCurrent
    }
  }

  /// Link back to the library index (exported sites), nil for a lone page.
  public var indexLink: String?
  /// Language versions of the SOP, shown when there is more than one.
  public var languageLinks: [LanguageLink]
  /// Revision shown in the panel; nil for a file, shown as "working copy" in the page's language.
  public var revision: String?
  /// Status shown in the panel; nil for a file, shown as "draft (file)" in the page's language.
  public var status: String?

  /// Creates options; the defaults describe a file rendered on its own.
  public init(
    indexLink: String? = nil, languageLinks: [LanguageLink] = [], revision: String? = nil,
    status: String? = nil
  ) {
    self.indexLink = indexLink
    self.languageLinks = languageLinks
    self.revision = revision
    self.status = status
  }
}
