/// A walk over a `MarkdownNode` tree with one `visit` per node kind; every default descends
/// into the children, so a concrete walker overrides only the kinds it cares about.
protocol MarkdownWalker {
  mutating func visitDocument(_ node: MarkdownNode)
  mutating func visitBlockQuote(_ node: MarkdownNode)
  mutating func visitList(_ node: MarkdownNode, style: ListStyle, tight: Bool)
  mutating func visitItem(_ node: MarkdownNode, checked: Bool?)
  mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String)
  mutating func visitHTMLBlock(_ node: MarkdownNode, literal: String)
  mutating func visitParagraph(_ node: MarkdownNode)
  mutating func visitHeading(_ node: MarkdownNode, level: Int)
  mutating func visitThematicBreak(_ node: MarkdownNode)
  mutating func visitTable(_ node: MarkdownNode, alignments: [TableAlignment])
  mutating func visitTableRow(_ node: MarkdownNode, isHeader: Bool)
  mutating func visitTableCell(_ node: MarkdownNode)
  mutating func visitText(_ node: MarkdownNode, literal: String)
  mutating func visitSoftBreak(_ node: MarkdownNode)
  mutating func visitLineBreak(_ node: MarkdownNode)
  mutating func visitCode(_ node: MarkdownNode, literal: String)
  mutating func visitHTMLInline(_ node: MarkdownNode, literal: String)
  mutating func visitEmphasis(_ node: MarkdownNode)
  mutating func visitStrong(_ node: MarkdownNode)
  mutating func visitLink(_ node: MarkdownNode, destination: String, title: String)
  mutating func visitImage(_ node: MarkdownNode, source: String, title: String)
}

extension MarkdownWalker {
  /// Dispatches `node` to the visit for its kind.
  mutating func visit(_ node: MarkdownNode) {
    switch node.kind {
    case .document: visitDocument(node)
    case .blockQuote: visitBlockQuote(node)
    case .list(let style, let tight): visitList(node, style: style, tight: tight)
    case .item: visitItem(node, checked: nil)
    case .taskItem(let checked): visitItem(node, checked: checked)
    case .codeBlock(let info, let literal): visitCodeBlock(node, info: info, literal: literal)
    case .htmlBlock(let literal): visitHTMLBlock(node, literal: literal)
    case .paragraph: visitParagraph(node)
    case .heading(let level): visitHeading(node, level: level)
    case .thematicBreak: visitThematicBreak(node)
    case .table(let alignments): visitTable(node, alignments: alignments)
    case .tableRow(let isHeader): visitTableRow(node, isHeader: isHeader)
    case .tableCell: visitTableCell(node)
    case .text(let literal): visitText(node, literal: literal)
    case .softBreak: visitSoftBreak(node)
    case .lineBreak: visitLineBreak(node)
    case .code(let literal): visitCode(node, literal: literal)
    case .htmlInline(let literal): visitHTMLInline(node, literal: literal)
    case .emphasis: visitEmphasis(node)
    case .strong: visitStrong(node)
    case .link(let destination, let title): visitLink(node, destination: destination, title: title)
    case .image(let source, let title): visitImage(node, source: source, title: title)
    }
  }

  /// Visits every child of `node` in order.
  mutating func descend(_ node: MarkdownNode) {
    for child in node.children {
      visit(child)
    }
  }

  mutating func visitDocument(_ node: MarkdownNode) { descend(node) }
  mutating func visitBlockQuote(_ node: MarkdownNode) { descend(node) }
  mutating func visitList(_ node: MarkdownNode, style: ListStyle, tight: Bool) { descend(node) }
  mutating func visitItem(_ node: MarkdownNode, checked: Bool?) { descend(node) }
  mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String) {}
  mutating func visitHTMLBlock(_ node: MarkdownNode, literal: String) {}
  mutating func visitParagraph(_ node: MarkdownNode) { descend(node) }
  mutating func visitHeading(_ node: MarkdownNode, level: Int) { descend(node) }
  mutating func visitThematicBreak(_ node: MarkdownNode) {}
  mutating func visitTable(_ node: MarkdownNode, alignments: [TableAlignment]) { descend(node) }
  mutating func visitTableRow(_ node: MarkdownNode, isHeader: Bool) { descend(node) }
  mutating func visitTableCell(_ node: MarkdownNode) { descend(node) }
  mutating func visitText(_ node: MarkdownNode, literal: String) {}
  mutating func visitSoftBreak(_ node: MarkdownNode) {}
  mutating func visitLineBreak(_ node: MarkdownNode) {}
  mutating func visitCode(_ node: MarkdownNode, literal: String) {}
  mutating func visitHTMLInline(_ node: MarkdownNode, literal: String) {}
  mutating func visitEmphasis(_ node: MarkdownNode) { descend(node) }
  mutating func visitStrong(_ node: MarkdownNode) { descend(node) }
  mutating func visitLink(_ node: MarkdownNode, destination: String, title: String) { descend(node) }
  mutating func visitImage(_ node: MarkdownNode, source: String, title: String) { descend(node) }
}
