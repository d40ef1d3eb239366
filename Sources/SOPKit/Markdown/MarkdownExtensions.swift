/// The GFM extensions SOPs use, applied to cmark's CommonMark document in one pass over the
/// blocks: pipe tables (`TableExtension`) and task-list items (`TaskListExtension`). They
/// exist only here: every output walks the document they leave.
enum MarkdownExtensions {
  /// Rewrites `document` in place; `tables` reads the source lines of candidate tables.
  static func apply(to document: inout MarkdownDocument, tables: inout TableSource) {
    rewriteChildren(of: MarkdownDocument.root, in: &document, quoteDepth: 0, tables: &tables)
  }

  private static func rewriteChildren(
    of parent: Int32, in document: inout MarkdownDocument, quoteDepth: Int, tables: inout TableSource
  ) {
    var previous: Int32 = -1
    var child = document[parent].firstChild
    while child >= 0 {
      let next = document[child].nextSibling
      switch document[child].kind {
      case .paragraph:
        if TableExtension.isCandidate(child, in: document),
          let replacement = TableExtension.rewrite(
            paragraph: child, in: &document, tables: &tables, quoteDepth: quoteDepth)
        {
          if previous < 0 {
            document[parent].firstChild = replacement.first
          } else {
            document[previous].nextSibling = replacement.first
          }
          document[replacement.last].nextSibling = next
          previous = replacement.last
          child = next
          continue
        }
      case .item:
        TaskListExtension.rewrite(item: child, in: &document)
        rewriteChildren(of: child, in: &document, quoteDepth: quoteDepth, tables: &tables)
      case .blockQuote:
        rewriteChildren(of: child, in: &document, quoteDepth: quoteDepth + 1, tables: &tables)
      case .list, .document:
        rewriteChildren(of: child, in: &document, quoteDepth: quoteDepth, tables: &tables)
      default:
        break
      }
      previous = child
      child = next
    }
  }
}
