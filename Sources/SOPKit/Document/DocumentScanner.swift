/// One walk over a parsed body collecting what the document model needs besides the
/// outline: `process` blocks and links (with the line of the block that holds them, since
/// cmark gives inline nodes no position).
struct DocumentScanner: MarkdownWalker {
  /// A fenced block whose info string starts with `process`.
  struct ProcessBlock: Sendable, Hashable {
    var literal: String
    var fence: SourcePosition
  }

  private(set) var processBlocks: [ProcessBlock] = []
  private(set) var links: [DocumentLink] = []
  private var blockLine = 0

  /// Scans `body`.
  static func scan(_ body: MarkdownNode) -> DocumentScanner {
    var scanner = DocumentScanner()
    scanner.visit(body)
    return scanner
  }

  /// Whether a code block's info string marks it as the process block.
  static func isProcessInfo(_ info: String) -> Bool {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "process"
  }

  mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String) {
    if DocumentScanner.isProcessInfo(info) {
      processBlocks.append(ProcessBlock(literal: literal, fence: node.range.start))
    }
  }

  mutating func visitParagraph(_ node: MarkdownNode) { withLine(of: node) }
  mutating func visitHeading(_ node: MarkdownNode, level: Int) { withLine(of: node) }
  mutating func visitTableRow(_ node: MarkdownNode, isHeader: Bool) { withLine(of: node) }

  mutating func visitLink(_ node: MarkdownNode, destination: String, title: String) {
    links.append(DocumentLink(destination: destination, text: node.plainText, line: blockLine))
    descend(node)
  }

  private mutating func withLine(of node: MarkdownNode) {
    let saved = blockLine
    if node.range.start.line > 0 { blockLine = node.range.start.line }
    descend(node)
    blockLine = saved
  }
}
