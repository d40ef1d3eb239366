/// Renders a `MarkdownNode` tree to an HTML fragment byte-identical to `cmark` 0.30.2's
/// default (safe) output, plus heading `id` anchors, GFM tables and task-list checkboxes.
///
/// Safe mode as in cmark: raw HTML becomes `<!-- raw HTML omitted -->` and `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` destinations are emptied.
public struct HTMLRenderer: Sendable, MarkdownWalker {
  /// Renders one fenced code block (info string, body, position) as HTML, or returns nil to
  /// keep the default `<pre><code>` output; the SOP layer uses it for the `process` block.
  public typealias CodeBlockRenderer =
    @Sendable (_ info: String, _ literal: String, _ range: SourceRange) -> String?

  /// The hook tried for every code block before the default rendering.
  public var codeBlockRenderer: CodeBlockRenderer?

  var output = HTMLBuffer()
  private var slugs = SlugAllocator()
  /// Whether the list being rendered is tight (its items' paragraphs lose their `<p>`).
  private var listIsTight = false
  /// Whether paragraphs directly inside the current container render without `<p>`.
  private var paragraphsAreBare = false

  /// Creates a renderer; `codeBlockRenderer` may take over chosen code blocks.
  public init(codeBlockRenderer: CodeBlockRenderer? = nil) {
    self.codeBlockRenderer = codeBlockRenderer
  }

  /// The HTML fragment for `node` (usually a document from `MarkdownParser.parse`).
  public func render(_ node: MarkdownNode) -> String {
    var walker = HTMLRenderer(codeBlockRenderer: codeBlockRenderer)
    walker.output = HTMLBuffer(capacity: 4096)
    walker.visit(node)
    return walker.output.string
  }

  // MARK: Blocks

  mutating func visitBlockQuote(_ node: MarkdownNode) {
    output.newline()
    output.append("<blockquote>\n")
    descendWithBareParagraphs(false, node)
    output.newline()
    output.append("</blockquote>\n")
  }

  mutating func visitList(_ node: MarkdownNode, style: ListStyle, tight: Bool) {
    output.newline()
    let closing: StaticString
    switch style {
    case .bullet:
      output.append("<ul>\n")
      closing = "</ul>\n"
    case .ordered(let start, _):
      if start == 1 {
        output.append("<ol>\n")
      } else {
        output.append("<ol start=\"")
        output.append(decimal: start)
        output.append("\">\n")
      }
      closing = "</ol>\n"
    }
    let saved = listIsTight
    listIsTight = tight
    descend(node)
    listIsTight = saved
    output.newline()
    output.append(closing)
  }

  mutating func visitItem(_ node: MarkdownNode, checked: Bool?) {
    output.newline()
    output.append("<li>")
    // cmark-gfm puts the checkbox right after `<li>`, before any paragraph.
    switch checked {
    case true?: output.append("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ")
    case false?: output.append("<input type=\"checkbox\" disabled=\"\" /> ")
    case nil: break
    }
    descendWithBareParagraphs(listIsTight, node)
    output.append("</li>\n")
  }

  mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String) {
    if let codeBlockRenderer, let html = codeBlockRenderer(info, literal, node.range) {
      output.newline()
      output.append(html)
      output.newline()
      return
    }
    output.newline()
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

  mutating func visitHTMLBlock(_ node: MarkdownNode, literal: String) {
    output.newline()
    output.append("<!-- raw HTML omitted -->")
    output.newline()
  }

  mutating func visitParagraph(_ node: MarkdownNode) {
    if paragraphsAreBare {
      descend(node)
      return
    }
    output.newline()
    output.append("<p>")
    descend(node)
    output.append("</p>\n")
  }

  mutating func visitHeading(_ node: MarkdownNode, level: Int) {
    output.newline()
    output.append("<h")
    output.append(decimal: level)
    output.append(" id=\"")
    output.appendEscaped(slugs.allocate(for: node.plainText))
    output.append("\">")
    descend(node)
    output.append("</h")
    output.append(decimal: level)
    output.append(">\n")
  }

  mutating func visitThematicBreak(_ node: MarkdownNode) {
    output.newline()
    output.append("<hr />\n")
  }

  // MARK: Inlines

  mutating func visitText(_ node: MarkdownNode, literal: String) {
    output.appendEscaped(literal)
  }

  mutating func visitSoftBreak(_ node: MarkdownNode) {
    output.append(byte: UInt8(ascii: "\n"))
  }

  mutating func visitLineBreak(_ node: MarkdownNode) {
    output.append("<br />\n")
  }

  mutating func visitCode(_ node: MarkdownNode, literal: String) {
    output.append("<code>")
    output.appendEscaped(literal)
    output.append("</code>")
  }

  mutating func visitHTMLInline(_ node: MarkdownNode, literal: String) {
    output.append("<!-- raw HTML omitted -->")
  }

  mutating func visitEmphasis(_ node: MarkdownNode) {
    output.append("<em>")
    descend(node)
    output.append("</em>")
  }

  mutating func visitStrong(_ node: MarkdownNode) {
    output.append("<strong>")
    descend(node)
    output.append("</strong>")
  }

  mutating func visitLink(_ node: MarkdownNode, destination: String, title: String) {
    output.append("<a href=\"")
    if !URLSafety.isDangerous(destination) {
      output.appendEscapedURL(destination)
    }
    if !title.isEmpty {
      output.append("\" title=\"")
      output.appendEscaped(title)
    }
    output.append("\">")
    descend(node)
    output.append("</a>")
  }

  mutating func visitImage(_ node: MarkdownNode, source: String, title: String) {
    output.append("<img src=\"")
    if !URLSafety.isDangerous(source) {
      output.appendEscapedURL(source)
    }
    output.append("\" alt=\"")
    for child in node.children {
      appendAltText(child)
    }
    if !title.isEmpty {
      output.append("\" title=\"")
      output.appendEscaped(title)
    }
    output.append("\" />")
  }

  /// cmark's plain mode for `alt`: literals escaped (raw HTML too), breaks as spaces, no tags.
  private mutating func appendAltText(_ node: MarkdownNode) {
    switch node.kind {
    case .text(let literal), .code(let literal), .htmlInline(let literal):
      output.appendEscaped(literal)
    case .softBreak, .lineBreak:
      output.append(byte: UInt8(ascii: " "))
    default:
      for child in node.children {
        appendAltText(child)
      }
    }
  }

  // MARK: Helpers

  private mutating func descendWithBareParagraphs(_ bare: Bool, _ node: MarkdownNode) {
    let saved = paragraphsAreBare
    paragraphsAreBare = bare
    descend(node)
    paragraphsAreBare = saved
  }

  /// cmark's `cmark_isspace` for the info string's first word.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
