/// The GFM extensions SOPs use, applied to cmark's CommonMark tree in one pass over the
/// blocks: pipe tables (`TableExtension`) and task-list items (`TaskListExtension`).
enum MarkdownExtensions {
  /// Rewrites `document` in place. `source` is the body cmark parsed and `lineOffset` the
  /// shift that was added to its line numbers.
  static func apply(to document: inout MarkdownNode, source: String, lineOffset: Int) {
    var pass = Pass(source: source, lineOffset: lineOffset)
    pass.rewriteChildren(of: &document, quoteDepth: 0)
  }

  private struct Pass {
    let source: String
    let lineOffset: Int
    /// Split lazily: most documents have no table and never pay for it.
    var lines: SourceLines?

    init(source: String, lineOffset: Int) {
      self.source = source
      self.lineOffset = lineOffset
    }

    mutating func rewriteChildren(of node: inout MarkdownNode, quoteDepth: Int) {
      var index = 0
      while index < node.children.count {
        switch node.children[index].kind {
        case .paragraph:
          if TableExtension.isCandidate(node.children[index]),
            let replacement = table(from: node.children[index], quoteDepth: quoteDepth)
          {
            node.children.replaceSubrange(index...index, with: replacement)
            index += replacement.count
            continue
          }
        case .item:
          TaskListExtension.rewrite(&node.children[index])
          rewriteChildren(of: &node.children[index], quoteDepth: quoteDepth)
        case .blockQuote:
          rewriteChildren(of: &node.children[index], quoteDepth: quoteDepth + 1)
        case .list, .document:
          rewriteChildren(of: &node.children[index], quoteDepth: quoteDepth)
        default:
          break
        }
        index += 1
      }
    }

    private mutating func table(from paragraph: MarkdownNode, quoteDepth: Int) -> [MarkdownNode]? {
      if lines == nil {
        lines = SourceLines(source)
      }
      guard let lines else { return nil }
      let first = paragraph.range.start.line - lineOffset
      let last = paragraph.range.end.line - lineOffset
      var paragraphLines: [ArraySlice<UInt8>] = []
      for number in first...last {
        guard var line = lines.line(number) else { return nil }
        if number == first {
          line = line.dropFirst(max(paragraph.range.start.column - 1, 0))
        } else {
          for _ in 0..<quoteDepth {
            line = Self.droppingQuoteMarker(line)
          }
        }
        paragraphLines.append(line)
      }
      return TableExtension.rewrite(paragraph, lines: paragraphLines)
    }

    /// Removes up to three spaces, `>` and one optional space: one level of block quote.
    private static func droppingQuoteMarker(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
      let indented = line.prefix(3).prefix { $0 == UInt8(ascii: " ") }.count
      var rest = line.dropFirst(indented)
      guard rest.first == UInt8(ascii: ">") else { return line }
      rest = rest.dropFirst()
      if rest.first == UInt8(ascii: " ") {
        rest = rest.dropFirst()
      }
      return rest
    }
  }
}
