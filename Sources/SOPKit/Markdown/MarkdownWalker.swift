/// A walk over a `MarkdownDocument` with one `visit` per node kind; every default descends
/// into the children, so a concrete walker overrides only the kinds it cares about. Each
/// visit gets the node and its document, which holds the node's text and children.
protocol MarkdownWalker {
  typealias Node = MarkdownDocument.Node

  mutating func visitDocument(_ node: Node, in document: MarkdownDocument)
  mutating func visitBlockQuote(_ node: Node, in document: MarkdownDocument)
  mutating func visitList(_ node: Node, in document: MarkdownDocument)
  mutating func visitItem(_ node: Node, in document: MarkdownDocument)
  mutating func visitCodeBlock(_ node: Node, in document: MarkdownDocument)
  mutating func visitHTMLBlock(_ node: Node, in document: MarkdownDocument)
  mutating func visitParagraph(_ node: Node, in document: MarkdownDocument)
  mutating func visitHeading(_ node: Node, in document: MarkdownDocument)
  mutating func visitThematicBreak(_ node: Node, in document: MarkdownDocument)
  mutating func visitTable(_ node: Node, in document: MarkdownDocument)
  mutating func visitTableRow(_ node: Node, in document: MarkdownDocument)
  mutating func visitTableCell(_ node: Node, in document: MarkdownDocument)
  mutating func visitText(_ node: Node, in document: MarkdownDocument)
  mutating func visitSoftBreak(_ node: Node, in document: MarkdownDocument)
  mutating func visitLineBreak(_ node: Node, in document: MarkdownDocument)
  mutating func visitCode(_ node: Node, in document: MarkdownDocument)
  mutating func visitHTMLInline(_ node: Node, in document: MarkdownDocument)
  mutating func visitEmphasis(_ node: Node, in document: MarkdownDocument)
  mutating func visitStrong(_ node: Node, in document: MarkdownDocument)
  mutating func visitLink(_ node: Node, in document: MarkdownDocument)
  mutating func visitImage(_ node: Node, in document: MarkdownDocument)
}

extension MarkdownWalker {
  /// Walks the whole document.
  mutating func walk(_ document: MarkdownDocument) {
    visit(MarkdownDocument.root, in: document)
  }

  /// Dispatches the node at `index` to the visit for its kind.
  mutating func visit(_ index: Int32, in document: MarkdownDocument) {
    let node = document[index]
    switch node.kind {
    case .document: visitDocument(node, in: document)
    case .blockQuote: visitBlockQuote(node, in: document)
    case .list: visitList(node, in: document)
    case .item: visitItem(node, in: document)
    case .codeBlock: visitCodeBlock(node, in: document)
    case .htmlBlock: visitHTMLBlock(node, in: document)
    case .paragraph: visitParagraph(node, in: document)
    case .heading: visitHeading(node, in: document)
    case .thematicBreak: visitThematicBreak(node, in: document)
    case .table: visitTable(node, in: document)
    case .tableRow: visitTableRow(node, in: document)
    case .tableCell: visitTableCell(node, in: document)
    case .text: visitText(node, in: document)
    case .softBreak: visitSoftBreak(node, in: document)
    case .lineBreak: visitLineBreak(node, in: document)
    case .code: visitCode(node, in: document)
    case .htmlInline: visitHTMLInline(node, in: document)
    case .emphasis: visitEmphasis(node, in: document)
    case .strong: visitStrong(node, in: document)
    case .link: visitLink(node, in: document)
    case .image: visitImage(node, in: document)
    }
  }

  /// Visits every child of `node` in order.
  mutating func descend(_ node: Node, in document: MarkdownDocument) {
    var child = node.firstChild
    while child >= 0 {
      visit(child, in: document)
      child = document[child].nextSibling
    }
  }

  mutating func visitDocument(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitBlockQuote(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitList(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitItem(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitCodeBlock(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitHTMLBlock(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitParagraph(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitHeading(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitThematicBreak(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitTable(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitTableRow(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitTableCell(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitText(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitSoftBreak(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitLineBreak(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitCode(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitHTMLInline(_ node: Node, in document: MarkdownDocument) {}
  mutating func visitEmphasis(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitStrong(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitLink(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
  mutating func visitImage(_ node: Node, in document: MarkdownDocument) { descend(node, in: document) }
}
