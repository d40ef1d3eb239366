/// The headings of a document in order, with the anchors the HTML renderer gives them:
/// the data behind a table of contents and behind process steps' `section` references.
public struct Outline: Sendable, Hashable {
  /// One heading of the document.
  public struct Entry: Sendable, Hashable {
    /// 1 for `#`, up to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The unique anchor (`id`) the renderer gives the heading.
    public var slug: String
    /// The heading's line in the file (0 when unknown).
    public var line: Int

    /// Creates an entry.
    public init(level: Int, text: String, slug: String, line: Int) {
      self.level = level
      self.text = text
      self.slug = slug
      self.line = line
    }
  }

  /// Every heading in document order.
  public var entries: [Entry]

  /// Collects the headings of `document`, allocating slugs exactly as `HTMLRenderer` does.
  public init(_ document: MarkdownNode) {
    var collector = HeadingCollector()
    collector.visit(document)
    entries = collector.entries
  }

  /// The entry whose anchor is `slug`, if the document has one.
  public func entry(forSlug slug: String) -> Entry? {
    entries.first { $0.slug == slug }
  }
}

/// Walks a document and records each heading with its slug.
private struct HeadingCollector: MarkdownWalker {
  var entries: [Outline.Entry] = []
  var slugs = SlugAllocator()

  mutating func visitHeading(_ node: MarkdownNode, level: Int) {
    let text = node.plainText
    entries.append(
      Outline.Entry(level: level, text: text, slug: slugs.allocate(for: text), line: node.range.start.line))
  }

  // Leaf and inline content never holds a heading: skip it instead of descending.
  mutating func visitParagraph(_ node: MarkdownNode) {}
  mutating func visitTable(_ node: MarkdownNode, alignments: [TableAlignment]) {}
}
