/// A link in an SOP body, kept for lint (broken anchors, unknown SOPs).
public struct DocumentLink: Sendable, Hashable {
  /// The destination as written.
  public var destination: String
  /// The link text without markup.
  public var text: String
  /// File line of the block holding the link (cmark gives inline nodes no position).
  public var line: Int
}
