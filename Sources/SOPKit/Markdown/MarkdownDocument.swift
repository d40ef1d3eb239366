/// Entry point for turning Markdown text into a `MarkdownNode` tree.
public enum MarkdownParser {
  /// Parses a Markdown body with libcmark and applies the GFM extensions (pipe tables and
  /// task-list items). `lineOffset` is the number of lines that preceded the body in its
  /// file (the front matter), so positions match the file.
  public static func parse(_ markdown: String, lineOffset: Int = 0) throws(MarkdownError) -> MarkdownNode {
    var document = try CommonMark.parse(markdown, lineOffset: lineOffset)
    MarkdownExtensions.apply(to: &document, source: markdown, lineOffset: lineOffset)
    return document
  }

  /// Parses a Markdown body as strict CommonMark, without the GFM extensions.
  public static func parseCommonMark(_ markdown: String, lineOffset: Int = 0) throws(MarkdownError)
    -> MarkdownNode
  {
    try CommonMark.parse(markdown, lineOffset: lineOffset)
  }
}
