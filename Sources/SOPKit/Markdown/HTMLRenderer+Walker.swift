/// The walk that writes HTML: each visit emits what cmark's `html.c` emits for the node.
extension HTMLRenderer: MarkdownWalker {
  mutating func visitBlockQuote(_ node: Node, in document: MarkdownDocument) {
    enterBlockQuote()
    descend(node, in: document)
    exitBlockQuote()
  }

  mutating func visitList(_ node: Node, in document: MarkdownDocument) {
    let ordered = node.flags & MarkdownDocument.Flag.ordered != 0
    enterList(start: ordered ? Int(node.number) : nil, tight: node.flags & MarkdownDocument.Flag.tight != 0)
    descend(node, in: document)
    exitList(ordered: ordered)
  }

  mutating func visitItem(_ node: Node, in document: MarkdownDocument) {
    let isTask = node.flags & MarkdownDocument.Flag.task != 0
    enterItem(checked: isTask ? node.flags & MarkdownDocument.Flag.checked != 0 : nil)
    descend(node, in: document)
    exitItem()
  }

  mutating func visitCodeBlock(_ node: Node, in document: MarkdownDocument) {
    codeBlock(info: document.string(node.literal), literal: document.string(node.detail), range: node.range)
  }

  mutating func visitHTMLBlock(_ node: Node, in document: MarkdownDocument) {
    htmlBlock()
  }

  mutating func visitParagraph(_ node: Node, in document: MarkdownDocument) {
    enterParagraph()
    descend(node, in: document)
    exitParagraph()
  }

  mutating func visitHeading(_ node: Node, in document: MarkdownDocument) {
    // Taken out while the heading is opened, which writes to `self`.
    var text = headingText
    headingText = []
    text.removeAll(keepingCapacity: true)
    document.appendPlainText(of: node, to: &text)
    text.withUnsafeBufferPointer { enterHeading(level: Int(node.number), plainText: $0) }
    headingText = text
    descend(node, in: document)
    exitHeading(level: Int(node.number))
  }

  mutating func visitThematicBreak(_ node: Node, in document: MarkdownDocument) {
    thematicBreak()
  }

  mutating func visitText(_ node: Node, in document: MarkdownDocument) {
    document.withBytes(node.literal) { text($0) }
  }

  mutating func visitSoftBreak(_ node: Node, in document: MarkdownDocument) {
    softBreak()
  }

  mutating func visitLineBreak(_ node: Node, in document: MarkdownDocument) {
    lineBreak()
  }

  mutating func visitCode(_ node: Node, in document: MarkdownDocument) {
    document.withBytes(node.literal) { code($0) }
  }

  mutating func visitHTMLInline(_ node: Node, in document: MarkdownDocument) {
    document.withBytes(node.literal) { htmlInline($0) }
  }

  mutating func visitEmphasis(_ node: Node, in document: MarkdownDocument) {
    enterEmphasis()
    descend(node, in: document)
    exitEmphasis()
  }

  mutating func visitStrong(_ node: Node, in document: MarkdownDocument) {
    enterStrong()
    descend(node, in: document)
    exitStrong()
  }

  mutating func visitLink(_ node: Node, in document: MarkdownDocument) {
    document.withBytes(node.literal) { destination in
      document.withBytes(node.detail) { title in enterLink(destination: destination, title: title) }
    }
    descend(node, in: document)
    exitLink()
  }

  mutating func visitImage(_ node: Node, in document: MarkdownDocument) {
    document.withBytes(node.literal) { enterImage(source: $0) }
    descend(node, in: document)
    document.withBytes(node.detail) { exitImage(title: $0) }
  }
}
