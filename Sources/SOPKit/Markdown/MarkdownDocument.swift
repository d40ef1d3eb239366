/// Entry point for turning Markdown text into a `MarkdownNode` tree.
public enum MarkdownParser {
  /// Parses a Markdown body with libcmark. `lineOffset` is the number of lines that preceded
  /// the body in its file (the front matter), so positions match the file.
  public static func parse(_ markdown: String, lineOffset: Int = 0) throws(MarkdownError) -> MarkdownNode {
    try CommonMark.parse(markdown, lineOffset: lineOffset)
  }
}
