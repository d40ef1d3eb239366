/// A position in an SOP source file: 1-based line and column, counted in the whole file
/// (front matter included), so findings point where an editor shows them.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
  /// 1-based line in the file.
  public var line: Int
  /// 1-based column (in bytes, as cmark counts).
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders positions by line, then column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// The span a node covers in its source file.
public struct SourceRange: Sendable, Hashable, Codable {
  /// Where the node starts.
  public var start: SourcePosition
  /// Where the node ends (inclusive).
  public var end: SourcePosition

  /// Creates a range.
  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  /// A range for nodes cmark gives no position (inline nodes): line 0 means unknown.
  public static let unknown = SourceRange(
    start: SourcePosition(line: 0, column: 0), end: SourcePosition(line: 0, column: 0))
}

/// How a list is numbered.
public enum ListStyle: Sendable, Hashable {
  /// `-`, `+` or `*` items.
  case bullet
  /// Numbered items with their first number and delimiter (`.` or `)`).
  case ordered(start: Int, delimiter: Character)
}

/// Column alignment of a GFM pipe table.
public enum TableAlignment: String, Sendable, Hashable {
  /// No colon in the delimiter row.
  case none
  /// `:---`
  case left
  /// `:---:`
  case center
  /// `---:`
  case right
}

/// One node of a parsed Markdown body: a plain Swift value converted from cmark's tree.
///
/// Tables and task-list items do not exist in CommonMark; the extension pass rewrites the
/// paragraphs and items that follow the GFM rules into `table*` and `taskItem` nodes.
public struct MarkdownNode: Sendable, Hashable {
  /// What kind of node this is, with its own data.
  public enum Kind: Sendable, Hashable {
    /// The whole body.
    case document
    /// `>` block.
    case blockQuote
    /// A list; `tight` lists render items without `<p>`.
    case list(style: ListStyle, tight: Bool)
    /// A list item.
    case item
    /// A list item starting `[ ]` or `[x]` (GFM task list).
    case taskItem(checked: Bool)
    /// A fenced or indented code block.
    case codeBlock(info: String, literal: String)
    /// Raw HTML block (omitted when rendering: safe mode).
    case htmlBlock(String)
    /// A paragraph.
    case paragraph
    /// `#` to `######`.
    case heading(level: Int)
    /// `---`
    case thematicBreak
    /// A GFM pipe table; its children are rows, the first being the header row.
    case table(alignments: [TableAlignment])
    /// A table row; `isHeader` for the first row.
    case tableRow(isHeader: Bool)
    /// A table cell holding inline nodes.
    case tableCell
    /// Literal text.
    case text(String)
    /// A soft line break (renders as a newline).
    case softBreak
    /// A hard line break.
    case lineBreak
    /// An inline code span.
    case code(String)
    /// Raw inline HTML (omitted when rendering: safe mode).
    case htmlInline(String)
    /// `*emphasis*`
    case emphasis
    /// `**strong**`
    case strong
    /// A link with its destination and title.
    case link(destination: String, title: String)
    /// An image with its source and title.
    case image(source: String, title: String)
  }

  /// The node's kind and data.
  public var kind: Kind
  /// Child nodes in document order.
  public var children: [MarkdownNode]
  /// Where the node is in the file; `.unknown` for inline nodes.
  public var range: SourceRange

  /// Creates a node.
  public init(_ kind: Kind, children: [MarkdownNode] = [], range: SourceRange = .unknown) {
    self.kind = kind
    self.children = children
    self.range = range
  }
}

extension MarkdownNode {
  /// The node's text with markup removed, as a reader sees it (used for headings, slugs and
  /// search snippets).
  public var plainText: String {
    var out = ""
    appendPlainText(to: &out)
    return out
  }

  private func appendPlainText(to out: inout String) {
    switch kind {
    case .text(let string), .code(let string):
      out += string
    case .softBreak, .lineBreak:
      out += " "
    case .tableRow:
      // Cells read as "cell · cell", not run together ("incumplidaRA--Segunda").
      for (index, child) in children.enumerated() {
        if index > 0 { out += " · " }
        child.appendPlainText(to: &out)
      }
    case .table, .list, .blockQuote, .item, .taskItem:
      // Blocks inside blocks (rows, items, their paragraphs) are separate lines.
      for (index, child) in children.enumerated() {
        if index > 0, !out.isEmpty, out.last != "\n" { out += "\n" }
        child.appendPlainText(to: &out)
      }
    default:
      for child in children {
        child.appendPlainText(to: &out)
      }
    }
  }
}
