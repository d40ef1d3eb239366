extension MarkdownNode {
  /// The node at `index` of `document` with everything under it, as plain Swift values.
  init(_ document: MarkdownDocument, at index: Int32 = MarkdownDocument.root) {
    let node = document[index]
    self.init(Self.kind(of: node, in: document), range: node.range)
    children = document.children(of: index).map { MarkdownNode(document, at: $0) }
  }

  private static func kind(of node: MarkdownDocument.Node, in document: MarkdownDocument) -> Kind {
    typealias Flag = MarkdownDocument.Flag
    switch node.kind {
    case .document: return .document
    case .blockQuote: return .blockQuote
    case .list:
      let tight = node.flags & Flag.tight != 0
      guard node.flags & Flag.ordered != 0 else { return .list(style: .bullet, tight: tight) }
      let delimiter: Character = node.flags & Flag.parenDelimiter != 0 ? ")" : "."
      return .list(style: .ordered(start: Int(node.number), delimiter: delimiter), tight: tight)
    case .item:
      guard node.flags & Flag.task != 0 else { return .item }
      return .taskItem(checked: node.flags & Flag.checked != 0)
    case .codeBlock:
      return .codeBlock(info: document.string(node.literal), literal: document.string(node.detail))
    case .htmlBlock: return .htmlBlock(document.string(node.literal))
    case .paragraph: return .paragraph
    case .heading: return .heading(level: Int(node.number))
    case .thematicBreak: return .thematicBreak
    case .table:
      // The alignments are the header cells' (a table always has its header row).
      let alignments = document.children(of: node.firstChild).map {
        TableExtension.alignment(document[$0].flags)
      }
      return .table(alignments: alignments)
    case .tableRow: return .tableRow(isHeader: node.flags & Flag.header != 0)
    case .tableCell: return .tableCell
    case .text: return .text(document.string(node.literal))
    case .softBreak: return .softBreak
    case .lineBreak: return .lineBreak
    case .code: return .code(document.string(node.literal))
    case .htmlInline: return .htmlInline(document.string(node.literal))
    case .emphasis: return .emphasis
    case .strong: return .strong
    case .link: return .link(destination: document.string(node.literal), title: document.string(node.detail))
    case .image: return .image(source: document.string(node.literal), title: document.string(node.detail))
    }
  }
}
