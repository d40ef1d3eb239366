/// What `academy sop render --format json` prints: an SOP's metadata, outline, process and
/// HTML fragment.
public struct RenderedSOP: Sendable, Codable, Hashable {
  /// One heading.
  public struct Heading: Sendable, Codable, Hashable {
    /// The heading's anchor.
    public var id: String
    /// 1 to 6.
    public var level: Int
    /// Plain text.
    public var text: String
  }

  /// The file.
  public var path: String
  /// The SOP id, when the front matter declares a valid one.
  public var id: String?
  /// The title (front matter, else first heading).
  public var title: String
  /// Validated metadata, when the front matter has no errors.
  public var metadata: SOPMetadata?
  /// Every heading.
  public var outline: [Heading]
  /// The process, when the SOP has a readable one.
  public var process: ProcessSpec?
  /// The body as an HTML fragment.
  public var html: String
}
