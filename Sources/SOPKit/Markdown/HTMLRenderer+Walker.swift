/// Rendering a `MarkdownNode` tree: each visit emits the same events the cmark stream does.
extension HTMLRenderer: MarkdownWalker {
  mutating func visitBlockQuote(_ node: MarkdownNode) {
    enterBlockQuote()
    descend(node)
    exitBlockQuote()
  }

  mutating func visitList(_ node: MarkdownNode, style: ListStyle, tight: Bool) {
    switch style {
    case .bullet: enterList(start: nil, tight: tight)
    case .ordered(let start, _): enterList(start: start, tight: tight)
    }
    descend(node)
    exitList(ordered: style != .bullet)
  }

  mutating func visitItem(_ node: MarkdownNode, checked: Bool?) {
    enterItem(checked: checked)
    descend(node)
    exitItem()
  }

  mutating func visitCodeBlock(_ node: MarkdownNode, info: String, literal: String) {
    codeBlock(info: info, literal: literal, range: node.range)
  }

  mutating func visitHTMLBlock(_ node: MarkdownNode, literal: String) {
    htmlBlock()
  }

  mutating func visitParagraph(_ node: MarkdownNode) {
    enterParagraph()
    descend(node)
    exitParagraph()
  }

  mutating func visitHeading(_ node: MarkdownNode, level: Int) {
    var text = node.plainText
    text.withUTF8 { enterHeading(level: level, plainText: $0) }
    descend(node)
    exitHeading(level: level)
  }

  mutating func visitThematicBreak(_ node: MarkdownNode) {
    thematicBreak()
  }

  mutating func visitText(_ node: MarkdownNode, literal: String) {
    var literal = literal
    literal.withUTF8 { text($0) }
  }

  mutating func visitSoftBreak(_ node: MarkdownNode) {
    softBreak()
  }

  mutating func visitLineBreak(_ node: MarkdownNode) {
    lineBreak()
  }

  mutating func visitCode(_ node: MarkdownNode, literal: String) {
    var literal = literal
    literal.withUTF8 { code($0) }
  }

  mutating func visitHTMLInline(_ node: MarkdownNode, literal: String) {
    var literal = literal
    literal.withUTF8 { htmlInline($0) }
  }

  mutating func visitEmphasis(_ node: MarkdownNode) {
    enterEmphasis()
    descend(node)
    exitEmphasis()
  }

  mutating func visitStrong(_ node: MarkdownNode) {
    enterStrong()
    descend(node)
    exitStrong()
  }

  mutating func visitLink(_ node: MarkdownNode, destination: String, title: String) {
    var destination = destination
    var title = title
    destination.withUTF8 { destination in
      title.withUTF8 { title in enterLink(destination: destination, title: title) }
    }
    descend(node)
    exitLink()
  }

  mutating func visitImage(_ node: MarkdownNode, source: String, title: String) {
    var source = source
    source.withUTF8 { enterImage(source: $0) }
    descend(node)
    var title = title
    title.withUTF8 { exitImage(title: $0) }
  }
}
