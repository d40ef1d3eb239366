/// A heading of an SOP: its level, text and anchor, for the table of contents, section
/// references and lint.
public struct OutlineEntry: Sendable, Hashable, Codable {
  /// The anchor (`id` attribute) of the heading.
  public var id: String
  /// 1 to 6.
  public var level: Int
  /// The heading's text without markup.
  public var text: String
  /// File line of the heading.
  public var line: Int

  /// Creates an entry.
  public init(id: String, level: Int, text: String, line: Int) {
    self.id = id
    self.level = level
    self.text = text
    self.line = line
  }
}
