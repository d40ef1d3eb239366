/// Renders SOPs to HTML: the body fragment (with the process block as a checklist and
/// `sop:ID` links made real), a standalone page, and a JSON summary.
public enum SOPRenderer {
  /// The body of `file` as an HTML fragment. The fast path behind `academy sop render`:
  /// the front matter is read only for the language of the checklist, and the body is
  /// streamed from cmark to HTML in one pass, without the Swift tree and the outline, link
  /// and validation passes of `SOPDocument.parse`.
  public static func fragment(_ file: SourceFile) throws(MarkdownError) -> String {
    String(decoding: try fragmentBytes(file), as: UTF8.self)
  }

  /// `fragment(_:)` as UTF-8 bytes, ready to be written out without building a `String`.
  public static func fragmentBytes(_ file: SourceFile) throws(MarkdownError) -> [UInt8] {
    let split = FrontMatterBlock.split(file.text)
    var html = fragmentRenderer(
      split.block, linksToSOPs: split.body.utf8.firstRange(of: SOPReference.scheme.utf8) != nil)
    return try html.renderBytes(markdown: split.body, lineOffset: split.bodyLineOffset)
  }

  /// `fragmentBytes(_:)` of the file at `path`, read as bytes and never made a `String`:
  /// on a large SOP the copies a `SourceFile` makes cost as much as a tenth of the render.
  /// Throws `SourceFileError` when the file cannot be read as text, `MarkdownError` when
  /// it cannot be parsed.
  public static func fragmentBytes(ofFile path: String) throws -> [UInt8] {
    let bytes = try SourceFile.checkedBytes(path)
    let split = FrontMatterBlock.split(bytes[...])
    var html = fragmentRenderer(
      split.block, linksToSOPs: split.body.firstRange(of: SOPReference.scheme.utf8) != nil)
    return try html.renderBytes(markdown: split.body, lineOffset: split.bodyLineOffset)
  }

  /// The renderer for a body under `block`.
  private static func fragmentRenderer(_ block: FrontMatterBlock?, linksToSOPs: Bool) -> HTMLRenderer {
    // The language only words the checklist: the YAML is read when a process block is.
    var html = renderer { block.map(FrontMatterParser.parse)?.partial.language ?? .en }
    // Most bodies link to no other SOP: they skip the hook and its `String` per link.
    if linksToSOPs {
      html.linkDestinationRewriter = sopPageLink
    }
    return html
  }

  /// `LinkRewriter.sopScheme` with a byte-level fast path for printable ASCII destinations
  /// (all real ones): a long SOP has thousands of `sop:` links, and the `String` splitting
  /// of the general rule cost more than rendering them.
  static func sopPageLink(_ destination: String) -> String? {
    let scheme = SOPReference.scheme.utf8
    var destination = destination
    return destination.withUTF8 { bytes -> String? in
      guard bytes.starts(with: scheme) else { return nil }
      guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
        return LinkRewriter.sopScheme(String(decoding: bytes, as: UTF8.self))
      }
      let rest = UnsafeBufferPointer(rebasing: bytes[scheme.count...])
      let hash = rest.firstIndex(of: UInt8(ascii: "#")) ?? rest.endIndex
      var link: [UInt8] = []
      link.reserveCapacity(rest.count + 5)
      link.append(contentsOf: rest[..<hash])
      link.append(contentsOf: ".html".utf8)
      link.append(contentsOf: rest[hash...])
      return String(decoding: link, as: UTF8.self)
    }
  }

  /// The body of a parsed document as an HTML fragment; `rewriteMarkdownLinks` also turns
  /// links to `ID.md` files into page links (for exported sites).
  public static func fragment(_ document: SOPDocument, rewriteMarkdownLinks: Bool = false) -> String {
    var body = document.body
    LinkRewriter.rewrite(
      &body, rewriteMarkdownLinks ? LinkRewriter.sopAndMarkdownFiles : LinkRewriter.sopScheme)
    return renderer(document.language).render(body)
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

  /// The Markdown renderer with the `process` block hook, wording the checklist in `language`.
  static func renderer(_ language: SOPLanguage) -> HTMLRenderer {
    renderer { language }
  }

  /// `renderer(_:)` with the language found only when a checklist is written.
  static func renderer(_ language: @escaping @Sendable () -> SOPLanguage) -> HTMLRenderer {
    var renderer = HTMLRenderer { info, literal, range in
      guard DocumentScanner.isProcessInfo(info) else { return nil }
      guard let spec = ProcessParser.parse(literal, fence: range.start).spec, !spec.steps.isEmpty else {
        return nil
      }
      return ProcessChecklist.html(spec, language: language())
    }
    renderer.taskItemNames = { language() == .es ? ("Pendiente", "Hecho") : ("To do", "Done") }
    return renderer
  }
}
