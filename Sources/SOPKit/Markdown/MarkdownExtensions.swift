/// The GFM extensions SOPs use, applied to cmark's CommonMark tree in one pass over the
/// blocks: pipe tables (`TableExtension`) and task-list items (`TaskListExtension`).
enum MarkdownExtensions {
  /// Rewrites `document` in place. `source` is the body cmark parsed and `lineOffset` the
  /// shift that was added to its line numbers.
  static func apply(to document: inout MarkdownNode, source: String, lineOffset: Int) {
    var tables = TableSource(source: Substring(source), lineOffset: lineOffset)
    rewriteChildren(of: &document, quoteDepth: 0, tables: &tables)
  }

  private static func rewriteChildren(of node: inout MarkdownNode, quoteDepth: Int, tables: inout TableSource)
  {
    var index = 0
    while index < node.children.count {
      switch node.children[index].kind {
      case .paragraph:
        if TableExtension.isCandidate(node.children[index]),
          let replacement = tables.table(from: node.children[index].range, quoteDepth: quoteDepth)
        {
          node.children.replaceSubrange(index...index, with: replacement)
          index += replacement.count
          continue
        }
      case .item:
        TaskListExtension.rewrite(&node.children[index])
        rewriteChildren(of: &node.children[index], quoteDepth: quoteDepth, tables: &tables)
      case .blockQuote:
        rewriteChildren(of: &node.children[index], quoteDepth: quoteDepth + 1, tables: &tables)
      case .list, .document:
        rewriteChildren(of: &node.children[index], quoteDepth: quoteDepth, tables: &tables)
      default:
        break
      }
      index += 1
    }
  }
}
