/// Renders Markdown to an HTML fragment byte-identical to `cmark` 0.30.2's default (safe)
/// output, plus heading `id` anchors, GFM tables and task-list checkboxes (named for screen
/// readers, which cmark-gfm's are not).
///
/// Safe mode as in cmark: raw HTML becomes `<!-- raw HTML omitted -->` and `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` destinations are emptied. Two ways in, same
/// bytes out: `render(_:)` walks a `MarkdownNode` tree; `render(markdown:lineOffset:)`
/// streams cmark's own tree straight to HTML without building the Swift tree (about
/// three times faster; use it when only the HTML is wanted).
public struct HTMLRenderer: Sendable {
  /// Renders one fenced code block (info string, body, position) as HTML, or returns nil to
  /// keep the default `<pre><code>` output; the SOP layer uses it for the `process` block.
  public typealias CodeBlockRenderer =
    @Sendable (_ info: String, _ literal: String, _ range: SourceRange) -> String?

  /// Returns the destination to write for a link, or nil to keep it; the SOP layer uses it
  /// to turn `sop:COL-004#x` into `COL-004.html#x`.
  public typealias LinkDestinationRewriter = @Sendable (_ destination: String) -> String?

  /// The hook tried for every code block before the default rendering.
  public var codeBlockRenderer: CodeBlockRenderer?
  /// The hook tried for every link destination (not images) before it is escaped.
  public var linkDestinationRewriter: LinkDestinationRewriter?
  /// What a task item's checkbox is called for a screen reader (open, done), asked when the
  /// first one is written: a form control needs a name, and the item's text follows it.
  public var taskItemNames: @Sendable () -> (open: String, done: String) = { ("To do", "Done") }
  private var taskNames: (open: String, done: String)?

  var output = HTMLBuffer()
  var slugs = SlugAllocator()
  /// Per open list: whether it is tight (its items' paragraphs lose their `<p>`).
  private var tightLists: [Bool] = []
  /// Per open container: whether paragraphs directly inside it render without `<p>`.
  private var bareParagraphs: [Bool] = []
  /// Images open around the current inline; inside one, only alt text is written.
  private var imageDepth = 0
  /// Whether the table being written has opened its `<tbody>`.
  var tableBodyIsOpen = false

  /// Creates a renderer; `codeBlockRenderer` may take over chosen code blocks and
  /// `linkDestinationRewriter` may change link destinations.
  public init(
    codeBlockRenderer: CodeBlockRenderer? = nil, linkDestinationRewriter: LinkDestinationRewriter? = nil
  ) {
    self.codeBlockRenderer = codeBlockRenderer
    self.linkDestinationRewriter = linkDestinationRewriter
  }

  /// A renderer with the same hooks and nothing written yet.
  private func fresh(capacity: Int) -> HTMLRenderer {
    var renderer = HTMLRenderer(
      codeBlockRenderer: codeBlockRenderer, linkDestinationRewriter: linkDestinationRewriter)
    renderer.taskItemNames = taskItemNames
    renderer.output = HTMLBuffer(capacity: capacity)
    return renderer
  }

  /// The HTML fragment for `node` (usually a document from `MarkdownParser.parse`).
  public func render(_ node: MarkdownNode) -> String {
    var renderer = fresh(capacity: 4096)
    renderer.visit(node)
    return renderer.output.string
  }

  /// Parses `markdown` (front matter already removed) and renders it in one pass, exactly
  /// as `render(MarkdownParser.parse(markdown, lineOffset:))` would but much faster.
  public func render(markdown: String, lineOffset: Int = 0) throws(MarkdownError) -> String {
    String(decoding: try renderBytes(markdown: markdown, lineOffset: lineOffset), as: UTF8.self)
  }

  /// `render(markdown:lineOffset:)` as UTF-8 bytes, for callers that write them out as they
  /// are: a multi-megabyte document then never becomes a `String`.
  public func renderBytes(markdown: String, lineOffset: Int = 0) throws(MarkdownError) -> [UInt8] {
    try renderBytes(markdown: Substring(markdown), lineOffset: lineOffset)
  }

  /// `renderBytes(markdown:lineOffset:)` for the body part of a file, without copying it out.
  func renderBytes(markdown: Substring, lineOffset: Int = 0) throws(MarkdownError) -> [UInt8] {
    let count = markdown.utf8.count
    var renderer = fresh(capacity: count + count / 2 + 64)
    try CommonMark.renderHTML(markdown, lineOffset: lineOffset, into: &renderer)
    return renderer.output.takeBytes()
  }

  /// `renderBytes(markdown:lineOffset:)` for a body held as UTF-8 bytes already checked.
  func renderBytes(markdown: ArraySlice<UInt8>, lineOffset: Int = 0) throws(MarkdownError) -> [UInt8] {
    var renderer = fresh(capacity: markdown.count + markdown.count / 2 + 64)
    try CommonMark.renderHTML(markdown, lineOffset: lineOffset, into: &renderer)
    return renderer.output.takeBytes()
  }

  private var paragraphsAreBare: Bool { bareParagraphs.last ?? false }

  // MARK: Blocks (each emits what cmark's html.c emits for the node)

  mutating func enterBlockQuote() {
    output.newline()
    output.append("<blockquote>\n")
    bareParagraphs.append(false)
  }

  mutating func exitBlockQuote() {
    bareParagraphs.removeLast()
    output.newline()
    output.append("</blockquote>\n")
  }

  mutating func enterList(start: Int?, tight: Bool) {
    output.newline()
    switch start {
    case nil: output.append("<ul>\n")
    case 1?: output.append("<ol>\n")
    case let start?:
      output.append("<ol start=\"")
      output.append(decimal: start)
      output.append("\">\n")
    }
    tightLists.append(tight)
  }

  mutating func exitList(ordered: Bool) {
    tightLists.removeLast()
    output.newline()
    output.append(ordered ? "</ol>\n" : "</ul>\n")
  }

  mutating func enterItem(checked: Bool?) {
    output.newline()
    output.append("<li>")
    bareParagraphs.append(tightLists.last ?? false)
    // cmark-gfm puts the checkbox right after `<li>`, before any paragraph.
    guard let checked else { return }
    let names = taskNames ?? taskItemNames()
    taskNames = names
    output.append(
      checked
        ? "<input type=\"checkbox\" checked=\"\" disabled=\"\"" : "<input type=\"checkbox\" disabled=\"\"")
    output.append(" aria-label=\"")
    output.append(contentsOf: checked ? names.done : names.open)
    output.append("\" /> ")
  }

  mutating func exitItem() {
    bareParagraphs.removeLast()
    output.append("</li>\n")
  }

  mutating func codeBlock(info: String, literal: String, range: SourceRange) {
    output.newline()
    if let codeBlockRenderer, let html = codeBlockRenderer(info, literal, range) {
      output.append(contentsOf: html)
      output.newline()
      return
    }
    let language = info.utf8.prefix { !Self.isSpace($0) }
    if language.isEmpty {
      output.append("<pre><code>")
    } else {
      output.append("<pre><code class=\"language-")
      output.appendEscaped(String(Substring(language)))
      output.append("\">")
    }
    output.appendEscaped(literal)
    output.append("</code></pre>\n")
  }

  mutating func htmlBlock() {
    output.newline()
    output.append("<!-- raw HTML omitted -->")
    output.newline()
  }

  mutating func enterParagraph() {
    guard !paragraphsAreBare else { return }
    output.newline()
    output.append("<p>")
  }

  mutating func exitParagraph() {
    guard !paragraphsAreBare else { return }
    output.append("</p>\n")
  }

  mutating func enterHeading(level: Int, plainText: UnsafeBufferPointer<UInt8>) {
    output.newline()
    output.append("<h")
    output.append(decimal: level)
    output.append(" id=\"")
    slugs.allocate(utf8: plainText, escapedInto: &output)
    output.append("\">")
  }

  mutating func exitHeading(level: Int) {
    output.append("</h")
    output.append(decimal: level)
    output.append(">\n")
  }

  mutating func thematicBreak() {
    output.newline()
    output.append("<hr />\n")
  }

  // MARK: Inlines (inside an image only the alt text is written, as cmark's plain mode)

  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    output.appendEscaped(bytes: bytes)
  }

  mutating func softBreak() {
    output.append(byte: imageDepth > 0 ? UInt8(ascii: " ") : UInt8(ascii: "\n"))
  }

  mutating func lineBreak() {
    if imageDepth > 0 {
      output.append(byte: UInt8(ascii: " "))
    } else {
      output.append("<br />\n")
    }
  }

  mutating func code(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard imageDepth == 0 else { return output.appendEscaped(bytes: bytes) }
    output.append("<code>")
    output.appendEscaped(bytes: bytes)
    output.append("</code>")
  }

  mutating func htmlInline(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard imageDepth == 0 else { return output.appendEscaped(bytes: bytes) }
    output.append("<!-- raw HTML omitted -->")
  }

  mutating func enterEmphasis() { if imageDepth == 0 { output.append("<em>") } }
  mutating func exitEmphasis() { if imageDepth == 0 { output.append("</em>") } }
  mutating func enterStrong() { if imageDepth == 0 { output.append("<strong>") } }
  mutating func exitStrong() { if imageDepth == 0 { output.append("</strong>") } }

  mutating func enterLink(destination: UnsafeBufferPointer<UInt8>, title: UnsafeBufferPointer<UInt8>) {
    guard imageDepth == 0 else { return }
    output.append("<a href=\"")
    if let linkDestinationRewriter,
      var replacement = linkDestinationRewriter(String(decoding: destination, as: UTF8.self))
    {
      replacement.withUTF8 { appendURL($0) }
    } else {
      appendURL(destination)
    }
    if !title.isEmpty {
      output.append("\" title=\"")
      output.appendEscaped(bytes: title)
    }
    output.append("\">")
  }

  mutating func exitLink() { if imageDepth == 0 { output.append("</a>") } }

  /// A destination as cmark writes it: emptied when dangerous, else URL-escaped.
  private mutating func appendURL(_ destination: UnsafeBufferPointer<UInt8>) {
    if !URLSafety.isDangerous(destination) {
      output.appendEscapedURL(bytes: destination)
    }
  }

  mutating func enterImage(source: UnsafeBufferPointer<UInt8>) {
    imageDepth += 1
    guard imageDepth == 1 else { return }
    output.append("<img src=\"")
    appendURL(source)
    output.append("\" alt=\"")
  }

  mutating func exitImage(title: UnsafeBufferPointer<UInt8>) {
    imageDepth -= 1
    guard imageDepth == 0 else { return }
    if !title.isEmpty {
      output.append("\" title=\"")
      output.appendEscaped(bytes: title)
    }
    output.append("\" />")
  }

  /// cmark's `cmark_isspace`, which ends the info string's first word.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
