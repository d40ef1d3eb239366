/// A parsed Markdown body: the one document model every output walks (HTML fragment,
/// standalone page, JSON outline, checklist, exported site, web page, the `MarkdownNode`
/// tree).
///
/// cmark's tree is copied once into two flat arrays, the nodes in document order and all
/// their text back to back, and cmark's memory is released; the GFM extensions then relink
/// nodes in place. Nodes and text in two arrays instead of a tree of values with a `String`
/// per literal: on a 4.2 MB SOP (`Benchmarks/render`) the `MarkdownNode` tree took about
/// three times as long to build and render as cmark takes to print HTML, this model keeps
/// `academy sop render` within the cmark figure in the README.
struct MarkdownDocument: Sendable {
  /// What a node is; its data sits in the node's `flags`, `number` and byte ranges.
  enum Kind: UInt8, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableRow, tableCell
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
  }

  /// One node. Children are linked (`firstChild`, `nextSibling`, -1 for none) rather than
  /// laid out in order, so that a table or a leading paragraph can replace a paragraph by
  /// relinking, without moving the nodes after it.
  struct Node: Sendable {
    var kind: Kind
    /// list: `tight`, `ordered`, `parenDelimiter`; item: `task`, `checked`; table cell:
    /// the alignment in the low bits and `header`.
    var flags: UInt8 = 0
    /// A heading's level, an ordered list's first number, a table's column count.
    var number: Int32 = 0
    var firstChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Text of a text, code, HTML node; a code block's info string; a link's destination;
    /// an image's source.
    var literal = ByteRange()
    /// A code block's text; a link's or image's title.
    var detail = ByteRange()
    /// Position in the file (line 0 when unknown), 32 bits each: files are at most 16 MiB.
    var startLine: Int32 = 0
    var startColumn: Int32 = 0
    var endLine: Int32 = 0
    var endColumn: Int32 = 0

    init(_ kind: Kind) {
      self.kind = kind
    }

    var range: SourceRange {
      SourceRange(
        start: SourcePosition(line: Int(startLine), column: Int(startColumn)),
        end: SourcePosition(line: Int(endLine), column: Int(endColumn)))
    }

    mutating func setRange(_ range: SourceRange) {
      startLine = Int32(range.start.line)
      startColumn = Int32(range.start.column)
      endLine = Int32(range.end.line)
      endColumn = Int32(range.end.column)
    }

    /// Whether cmark gives the node an exit event (it may hold children).
    var isContainer: Bool {
      switch kind {
      case .text, .softBreak, .lineBreak, .code, .htmlInline, .thematicBreak, .codeBlock, .htmlBlock: false
      default: true
      }
    }
  }

  /// Where a node's bytes are in `bytes`.
  struct ByteRange: Sendable {
    var start: Int32 = 0
    var count: Int32 = 0
  }

  /// Bits of `Node.flags`.
  enum Flag {
    static let tight: UInt8 = 1
    static let ordered: UInt8 = 2
    static let parenDelimiter: UInt8 = 4
    static let task: UInt8 = 1
    static let checked: UInt8 = 2
    static let alignmentMask: UInt8 = 3
    static let header: UInt8 = 4
  }

  /// The document node.
  static let root: Int32 = 0

  private(set) var nodes: [Node] = []
  private(set) var bytes: [UInt8] = []

  /// An empty document sized for a body of `byteCount` bytes.
  init(reservingFor byteCount: Int = 0) {
    // About one node per 24 bytes of a real SOP, and less text than the body.
    nodes.reserveCapacity(byteCount / 24 + 8)
    bytes.reserveCapacity(byteCount)
  }

  /// A document with nothing in it, for a body that could not be parsed.
  static let empty: MarkdownDocument = {
    var builder = Builder(reservingFor: 0)
    builder.add(Node(.document))
    return builder.document
  }()

  subscript(index: Int32) -> Node {
    get { nodes[Int(index)] }
    set { nodes[Int(index)] = newValue }
  }

  /// Adds `node` unlinked and returns its index.
  mutating func append(_ node: Node) -> Int32 {
    nodes.append(node)
    return Int32(nodes.count - 1)
  }

  /// Stores `text` and returns where it is.
  mutating func store(_ text: UnsafeBufferPointer<UInt8>) -> ByteRange {
    let start = bytes.count
    bytes.append(contentsOf: text)
    return ByteRange(start: Int32(start), count: Int32(text.count))
  }

  /// `body` on the bytes of `range`, valid only during the call.
  func withBytes<Result>(_ range: ByteRange, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    bytes.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[Int(range.start)..<Int(range.start + range.count)]))
    }
  }

  func string(_ range: ByteRange) -> String {
    withBytes(range) { String(decoding: $0, as: UTF8.self) }
  }

  /// Copies every node of `other` after this document's and returns the index its root
  /// now has (add it to any index of `other`); the copies are unlinked from this tree.
  mutating func graft(_ other: MarkdownDocument) -> Int32 {
    let nodeOffset = Int32(nodes.count)
    let byteOffset = Int32(bytes.count)
    bytes.append(contentsOf: other.bytes)
    nodes.reserveCapacity(nodes.count + other.nodes.count)
    for var node in other.nodes {
      if node.firstChild >= 0 { node.firstChild += nodeOffset }
      if node.nextSibling >= 0 { node.nextSibling += nodeOffset }
      node.literal.start += byteOffset
      node.detail.start += byteOffset
      nodes.append(node)
    }
    return nodeOffset
  }

  /// The children of `index`, in order.
  func children(of index: Int32) -> Children {
    Children(document: self, upcoming: self[index].firstChild)
  }

  /// A node's children, walking the sibling links.
  struct Children: Sequence, IteratorProtocol {
    let document: MarkdownDocument
    var upcoming: Int32

    mutating func next() -> Int32? {
      guard upcoming >= 0 else { return nil }
      defer { upcoming = document[upcoming].nextSibling }
      return upcoming
    }
  }

  /// The text of a node's inlines with markup removed, as a reader sees it: the text and
  /// code spans, a blank for each line break (`MarkdownNode.plainText` for inlines).
  func plainText(of node: Node) -> String {
    var text: [UInt8] = []
    appendPlainText(of: node, to: &text)
    return String(decoding: text, as: UTF8.self)
  }

  /// `plainText(of:)` appended as UTF-8, for callers that reuse one buffer.
  func appendPlainText(of node: Node, to text: inout [UInt8]) {
    var child = node.firstChild
    while child >= 0 {
      let inline = self[child]
      switch inline.kind {
      case .text, .code: withBytes(inline.literal) { text.append(contentsOf: $0) }
      case .softBreak, .lineBreak: text.append(UInt8(ascii: " "))
      default: appendPlainText(of: inline, to: &text)
      }
      child = inline.nextSibling
    }
  }
}
