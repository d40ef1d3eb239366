/// One walk over a parsed body collecting what the document model needs: headings (with
/// anchors), `process` blocks and links.
struct DocumentScanner {
  /// A fenced block whose info string starts with `process`.
  struct ProcessBlock: Sendable, Hashable {
    var literal: String
    var fence: SourcePosition
  }

  private(set) var outline: [OutlineEntry] = []
  private(set) var processBlocks: [ProcessBlock] = []
  private(set) var links: [DocumentLink] = []
  private var anchors = HeadingAnchor()

  /// Scans `body`.
  static func scan(_ body: MarkdownNode) -> DocumentScanner {
    var scanner = DocumentScanner()
    scanner.visit(body, blockLine: body.range.start.line)
    return scanner
  }

  /// Whether a code block's info string marks it as the process block.
  static func isProcessInfo(_ info: String) -> Bool {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "process"
  }

  private mutating func visit(_ node: MarkdownNode, blockLine: Int) {
    let line = node.range.start.line > 0 ? node.range.start.line : blockLine
    switch node.kind {
    case .heading(let level):
      let text = node.plainText
      outline.append(OutlineEntry(id: anchors.allocate(text), level: level, text: text, line: line))
      visitChildren(of: node, blockLine: line)
    case .codeBlock(let info, let literal):
      if DocumentScanner.isProcessInfo(info) {
        processBlocks.append(ProcessBlock(literal: literal, fence: node.range.start))
      }
    case .link(let destination, _):
      links.append(DocumentLink(destination: destination, text: node.plainText, line: line))
      visitChildren(of: node, blockLine: line)
    case .text, .code, .htmlBlock, .htmlInline, .softBreak, .lineBreak, .thematicBreak:
      break
    default:
      visitChildren(of: node, blockLine: line)
    }
  }

  private mutating func visitChildren(of node: MarkdownNode, blockLine: Int) {
    for child in node.children {
      visit(child, blockLine: blockLine)
    }
  }
}
