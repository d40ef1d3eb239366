import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that talks to libcmark: parses Markdown and copies cmark's tree into a
/// `MarkdownDocument` before any C memory is released. No cmark type leaves this file, and
/// nothing here knows of the GFM extensions, which work on the copy.
enum CommonMark {
  /// Deepest nesting accepted; deeper input is refused instead of risking the stack of the
  /// recursive walkers that follow.
  static let maximumDepth = 200

  /// Parses UTF-8 `markdown` (front matter already stripped) as strict CommonMark. Lines
  /// are shifted by `lineOffset` so positions are those of the whole file; `positions:
  /// false` leaves every position unknown (table cells, whose lines are not the file's).
  static func parse(_ markdown: UnsafeBufferPointer<UInt8>, lineOffset: Int, positions: Bool = true)
    throws(MarkdownError) -> MarkdownDocument
  {
    try withDocument(markdown) { root throws(MarkdownError) in
      try convert(root, byteCount: markdown.count, lineOffset: positions ? lineOffset : nil)
    }
  }

  /// Parses `markdown` with cmark and hands the document to `body`. Every byte cmark
  /// allocates comes from one `ParseArena`, released in one go when `body` returns: no
  /// `cmark_node_free` / `cmark_parser_free`, whose node-by-node frees the arena makes
  /// cheap. When another parse holds the arena hooks, cmark's own allocator is used and
  /// the tree freed as usual. Nothing from the tree may outlive `body`.
  private static func withDocument<Result>(
    _ markdown: UnsafeBufferPointer<UInt8>, _ body: (OpaquePointer) throws(MarkdownError) -> Result
  ) throws(MarkdownError) -> Result {
    let inArena = try ParseArena.withInstalled { () throws(MarkdownError) -> Result in
      var memory = cmark_mem(
        calloc: ParseArena.allocateHook, realloc: ParseArena.reallocateHook, free: ParseArena.freeHook)
      return try withUnsafeMutablePointer(to: &memory) { memory throws(MarkdownError) -> Result in
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory) else {
          throw MarkdownError.parserFailed
        }
        return try body(try parse(markdown, with: parser))
      }
    }
    if let inArena { return inArena }
    guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { throw MarkdownError.parserFailed }
    defer { cmark_parser_free(parser) }
    let root = try parse(markdown, with: parser)
    defer { cmark_node_free(root) }
    return try body(root)
  }

  /// Feeds `markdown` to `parser` and finishes the document.
  private static func parse(_ markdown: UnsafeBufferPointer<UInt8>, with parser: OpaquePointer)
    throws(MarkdownError) -> OpaquePointer
  {
    markdown.withMemoryRebound(to: CChar.self) { chars in
      if let start = chars.baseAddress { cmark_parser_feed(parser, start, chars.count) }
    }
    guard let root = cmark_parser_finish(parser) else { throw MarkdownError.parserFailed }
    return root
  }

  /// Walks cmark's tree with its iterator (no recursion) and copies it node by node.
  /// `lineOffset` nil leaves positions unknown.
  private static func convert(_ root: OpaquePointer, byteCount: Int, lineOffset: Int?) throws(MarkdownError)
    -> MarkdownDocument
  {
    guard let iterator = cmark_iter_new(root) else { throw MarkdownError.parserFailed }
    defer { cmark_iter_free(iterator) }
    var builder = MarkdownDocument.Builder(reservingFor: byteCount)
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_EXIT {
        builder.close()
        continue
      }
      guard event == CMARK_EVENT_ENTER else { continue }
      var copy = MarkdownDocument.Node(kind(of: node))
      if let lineOffset, cmark_node_get_start_line(node) > 0 {
        copy.startLine = cmark_node_get_start_line(node) + Int32(lineOffset)
        copy.startColumn = cmark_node_get_start_column(node)
        copy.endLine = cmark_node_get_end_line(node) + Int32(lineOffset)
        copy.endColumn = cmark_node_get_end_column(node)
      }
      if copy.isContainer, builder.depth >= maximumDepth {
        throw MarkdownError.nestedTooDeep(line: Int(copy.startLine), limit: maximumDepth)
      }
      copyData(of: node, into: &copy, builder: &builder)
      builder.add(copy)
    }
    return builder.document
  }

  private static func kind(of node: OpaquePointer) -> MarkdownDocument.Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: .document
    case CMARK_NODE_BLOCK_QUOTE: .blockQuote
    case CMARK_NODE_LIST: .list
    case CMARK_NODE_ITEM: .item
    case CMARK_NODE_CODE_BLOCK: .codeBlock
    case CMARK_NODE_HTML_BLOCK: .htmlBlock
    case CMARK_NODE_HEADING: .heading
    case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
    case CMARK_NODE_TEXT: .text
    case CMARK_NODE_SOFTBREAK: .softBreak
    case CMARK_NODE_LINEBREAK: .lineBreak
    case CMARK_NODE_CODE: .code
    case CMARK_NODE_HTML_INLINE: .htmlInline
    case CMARK_NODE_EMPH: .emphasis
    case CMARK_NODE_STRONG: .strong
    case CMARK_NODE_LINK: .link
    case CMARK_NODE_IMAGE: .image
    // Paragraphs, and custom nodes, which never come out of the parser.
    default: .paragraph
    }
  }

  /// Copies what the node's kind carries: its text, list data, heading level.
  private static func copyData(
    of node: OpaquePointer, into copy: inout MarkdownDocument.Node, builder: inout MarkdownDocument.Builder
  ) {
    switch copy.kind {
    case .list:
      typealias Flag = MarkdownDocument.Flag
      if cmark_node_get_list_tight(node) != 0 { copy.flags |= Flag.tight }
      if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
        copy.flags |= Flag.ordered
        copy.number = cmark_node_get_list_start(node)
        if cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM { copy.flags |= Flag.parenDelimiter }
      }
    case .heading:
      copy.number = cmark_node_get_heading_level(node)
    case .codeBlock:
      copy.literal = store(cmark_node_get_fence_info(node), in: &builder)
      copy.detail = store(cmark_node_get_literal(node), in: &builder)
    case .text, .code, .htmlInline, .htmlBlock:
      copy.literal = store(cmark_node_get_literal(node), in: &builder)
    case .link, .image:
      copy.literal = store(cmark_node_get_url(node), in: &builder)
      copy.detail = store(cmark_node_get_title(node), in: &builder)
    default:
      break
    }
  }

  /// Stores the bytes of a C string owned by cmark (nothing for NULL).
  private static func store(_ pointer: UnsafePointer<CChar>?, in builder: inout MarkdownDocument.Builder)
    -> MarkdownDocument.ByteRange
  {
    guard let pointer else { return MarkdownDocument.ByteRange() }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
      builder.store(UnsafeBufferPointer(start: bytes, count: strlen(pointer)))
    }
  }
}
