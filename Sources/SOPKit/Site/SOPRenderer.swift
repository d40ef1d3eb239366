/// Renders SOPs to HTML: the body fragment (with the process block as a checklist and
/// `sop:ID` links made real), a standalone page, and a JSON summary.
public enum SOPRenderer {
  /// The body of `file` as an HTML fragment. The fast path behind `academy sop render`:
  /// the front matter is cut, not parsed, and the body is parsed and rendered once.
  public static func fragment(_ file: SourceFile) throws(MarkdownError) -> String {
    let split = FrontMatterBlock.split(file.text)
    var body = try MarkdownParser.parse(String(split.body), lineOffset: split.bodyLineOffset)
    if split.body.utf8.firstRange(of: SOPReference.scheme.utf8) != nil {
      LinkRewriter.rewrite(&body, LinkRewriter.sopScheme)
    }
    return renderer.render(body)
  }

  /// The body of a parsed document as an HTML fragment; `rewriteMarkdownLinks` also turns
  /// links to `ID.md` files into page links (for exported sites).
  public static func fragment(_ document: SOPDocument, rewriteMarkdownLinks: Bool = false) -> String {
    var body = document.body
    LinkRewriter.rewrite(
      &body, rewriteMarkdownLinks ? LinkRewriter.sopAndMarkdownFiles : LinkRewriter.sopScheme)
    return renderer.render(body)
  }

  /// A complete HTML5 page for `document`: metadata panel, table of contents, embedded CSS
  /// with a print stylesheet, no scripts and no external assets.
  public static func standalonePage(_ document: SOPDocument, options: PageOptions = PageOptions()) -> String {
    StandalonePage(
      document: document, options: options, fragment: fragment(document, rewriteMarkdownLinks: true)
    )
    .html
  }

  /// Metadata, outline, process steps and the fragment, for tools.
  public static func summary(_ document: SOPDocument) -> RenderedSOP {
    RenderedSOP(
      path: document.path, id: document.id, title: document.title, metadata: document.metadata,
      outline: document.outline.entries.map { .init(id: $0.slug, level: $0.level, text: $0.text) },
      process: document.process, html: fragment(document))
  }

  /// The Markdown renderer with the `process` block hook.
  static let renderer = HTMLRenderer { info, literal, range in
    guard DocumentScanner.isProcessInfo(info) else { return nil }
    guard let spec = ProcessParser.parse(literal, fence: range.start).spec, !spec.steps.isEmpty else {
      return nil
    }
    return ProcessChecklist.html(spec)
  }
}
