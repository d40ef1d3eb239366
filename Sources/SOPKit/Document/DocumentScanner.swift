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
  static func scan(_ body: MarkdownDocument) -> DocumentScanner {
    var scanner = DocumentScanner()
    scanner.walk(body)
    return scanner
  }

  /// Whether a code block's info string marks it as the process block.
  static func isProcessInfo(_ info: String) -> Bool {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "process"
  }

  mutating func visitCodeBlock(_ node: Node, in document: MarkdownDocument) {
    let info = document.string(node.literal)
    if DocumentScanner.isProcessInfo(info) {
      processBlocks.append(ProcessBlock(literal: document.string(node.detail), fence: node.range.start))
    }
  }

  mutating func visitParagraph(_ node: Node, in document: MarkdownDocument) {
    withLine(of: node, in: document)
  }
  mutating func visitHeading(_ node: Node, in document: MarkdownDocument) { withLine(of: node, in: document) }
  mutating func visitTableRow(_ node: Node, in document: MarkdownDocument) {
    withLine(of: node, in: document)
  }

  mutating func visitLink(_ node: Node, in document: MarkdownDocument) {
    links.append(
      DocumentLink(
        destination: document.string(node.literal), text: document.plainText(of: node), line: blockLine))
    descend(node, in: document)
  }

  private mutating func withLine(of node: Node, in document: MarkdownDocument) {
    let saved = blockLine
    if node.startLine > 0 { blockLine = Int(node.startLine) }
    descend(node, in: document)
    blockLine = saved
  }
}
