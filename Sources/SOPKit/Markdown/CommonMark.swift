import CCmark
import Foundation

/// The one place that talks to libcmark: parses Markdown with cmark and converts cmark's
/// tree to `MarkdownNode` values before any C memory is released. No cmark type leaves
/// this file.
enum CommonMark {
  /// Deepest block nesting accepted; deeper input is refused instead of risking the stack
  /// of the recursive walkers that follow.
  static let maximumDepth = 200

  /// Parses `markdown` (front matter already stripped) into a document node. Lines are
  /// shifted by `lineOffset` so positions are those of the whole file.
  static func parse(_ markdown: String, lineOffset: Int = 0, positions: Bool = true) throws(MarkdownError)
    -> MarkdownNode
  {
    try withBytes(of: markdown) { bytes throws(MarkdownError) in
      try withDocument(bytes, options: CMARK_OPT_SOURCEPOS) { root throws(MarkdownError) in
        try convert(root, lineOffset: lineOffset, positions: positions)
      }
    }
  }

  /// `body` on the UTF-8 bytes of `text` (no copy for a native string), with
  /// `MarkdownError` kept as the only error: `withUTF8` would widen it to `any Error`.
  private static func withBytes<Value>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(MarkdownError) -> Value
  ) throws(MarkdownError) -> Value {
    var text = text
    return try text.withUTF8 { bytes in Result { () throws(MarkdownError) in try body(bytes) } }.get()
  }

  /// `withBytes(of:_:)` for part of a string (no copy when its string is native).
  private static func withBytes<Value>(
    of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) throws(MarkdownError) -> Value
  ) throws(MarkdownError) -> Value {
    var text = text
    return try text.withUTF8 { bytes in Result { () throws(MarkdownError) in try body(bytes) } }.get()
  }

  /// `withBytes(of:_:)` for bytes already in an array.
  private static func withBytes<Value>(
    of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(MarkdownError) -> Value
  ) throws(MarkdownError) -> Value {
    try bytes.withUnsafeBufferPointer { bytes in Result { () throws(MarkdownError) in try body(bytes) } }
      .get()
  }

  /// `withBytes(of:_:)` for part of an array.
  private static func withBytes<Value>(
    of bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(MarkdownError) -> Value
  ) throws(MarkdownError) -> Value {
    try bytes.withUnsafeBufferPointer { bytes in Result { () throws(MarkdownError) in try body(bytes) } }
      .get()
  }

  /// Parses `markdown` with cmark and hands the document to `body`. Every byte cmark
  /// allocates comes from one `ParseArena`, released in one go when `body` returns: no
  /// `cmark_node_free` / `cmark_parser_free`, whose node-by-node frees the arena makes
  /// cheap. When another parse holds the arena hooks, cmark's own allocator is used and
  /// the tree freed as usual. Nothing from the tree may outlive `body`.
  private static func withDocument<Result>(
    _ markdown: UnsafeBufferPointer<UInt8>, options: Int32,
    _ body: (OpaquePointer) throws(MarkdownError) -> Result
  ) throws(MarkdownError) -> Result {
    let inArena = try ParseArena.withInstalled { () throws(MarkdownError) -> Result in
      var memory = cmark_mem(
        calloc: ParseArena.allocateHook, realloc: ParseArena.reallocateHook, free: ParseArena.freeHook)
      return try withUnsafeMutablePointer(to: &memory) { memory throws(MarkdownError) -> Result in
        guard let parser = cmark_parser_new_with_mem(options, memory) else {
          throw MarkdownError.parserFailed
        }
        return try body(try parse(markdown, with: parser))
      }
    }
    if let inArena { return inArena }
    guard let parser = cmark_parser_new(options) else { throw MarkdownError.parserFailed }
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

  /// Parses each string as the inline content of one paragraph (table cells): `*a*` is
  /// emphasis, but `# a` or `- a` stay text, as GFM reads cells.
  ///
  /// All cells go to cmark as one document, each as its own paragraph behind a `x ` guard
  /// that keeps a cell from starting a heading, list, quote or link definition; the guard
  /// is cut from the first text node afterwards.
  static func parseInlines(_ texts: [String]) -> [[MarkdownNode]] {
    let source = guardedCells(texts.map { Array($0.utf8)[...] })
    let document = try? withBytes(of: source) { bytes throws(MarkdownError) in
      try withDocument(bytes, options: CMARK_OPT_DEFAULT) { root throws(MarkdownError) in
        try convert(root, lineOffset: 0, positions: false)
      }
    }
    guard let document, document.children.count == texts.count,
      document.children.allSatisfy({ $0.kind == .paragraph })
    else {
      return texts.map { $0.isEmpty ? [] : [MarkdownNode(.text($0))] }
    }
    return document.children.map { paragraph in
      var inlines = paragraph.children
      guard let first = inlines.first, case .text(let literal) = first.kind else { return inlines }
      var rest = literal.utf8.dropFirst()
      if rest.first == UInt8(ascii: " ") {
        rest = rest.dropFirst()
      }
      if rest.isEmpty {
        inlines.removeFirst()
      } else {
        inlines[0].kind = .text(String(Substring(rest)))
      }
      return inlines
    }
  }

  /// The cells as one document, one guarded paragraph each (see `parseInlines`).
  private static func guardedCells(_ cells: [ArraySlice<UInt8>]) -> [UInt8] {
    var source: [UInt8] = []
    source.reserveCapacity(cells.reduce(0) { $0 + $1.count + 4 })
    for cell in cells {
      source.append(UInt8(ascii: "x"))
      source.append(UInt8(ascii: " "))
      source.append(contentsOf: cell)
      source.append(UInt8(ascii: "\n"))
      source.append(UInt8(ascii: "\n"))
    }
    return source
  }

  /// Whether a cell may hold inline Markdown: a byte that can start a code span, emphasis,
  /// link, image, autolink, raw HTML, entity or escape (or a NUL, which cmark replaces).
  /// Other cells render as their escaped text, exactly what cmark would give, without it.
  private static func needsInlineParsing(_ cell: ArraySlice<UInt8>) -> Bool {
    cell.withUnsafeBufferPointer { bytes in
      bytes.contains { byte in
        // One bit per ASCII byte that may start inline Markdown, in two 64-bit halves.
        let half = byte < 64 ? inlineStartsBelow64 : byte < 128 ? inlineStartsFrom64 : 0
        return (half >> UInt64(byte & 63)) & 1 != 0
      }
    }
  }

  /// NUL, `!`, `&`, `*`, `<`.
  private static let inlineStartsBelow64: UInt64 = 1 << 0x00 | 1 << 0x21 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C
  /// `[`, `\`, `]`, `_`, `` ` ``, as bits above 0x40.
  private static let inlineStartsFrom64: UInt64 =
    1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64)
    | 1 << (0x5F - 64) | 1 << (0x60 - 64)

  /// Streams a table found by `TableExtension.layout` into `renderer`: the leading lines as
  /// a paragraph, then the cells. Only cells that may hold inline Markdown go to cmark, in
  /// one document per table; most cells are plain words and are escaped straight away.
  fileprivate static func renderTable(_ layout: TableExtension.Layout, into renderer: inout HTMLRenderer)
    throws(MarkdownError)
  {
    if !layout.leadingLines.isEmpty {
      try renderHTML(Substring(layout.leadingText), lineOffset: 0, into: &renderer)
    }
    // Each cell is scanned once: `parsesInline` keeps the answer in reading order.
    var inlineCells: [ArraySlice<UInt8>] = []
    var parsesInline: [Bool] = []
    parsesInline.reserveCapacity(layout.rows.count * layout.alignments.count)
    for row in layout.rows {
      for cell in row {
        let parses = needsInlineParsing(cell)
        parsesInline.append(parses)
        if parses { inlineCells.append(cell) }
      }
    }
    guard !inlineCells.isEmpty else {
      return try writeTable(layout, into: &renderer) { cell, renderer in
        cell.withUnsafeBufferPointer { renderer.text($0) }
      }
    }
    try withBytes(of: guardedCells(inlineCells)) { bytes throws(MarkdownError) in
      try withDocument(bytes, options: CMARK_OPT_DEFAULT) { root throws(MarkdownError) in
        var paragraphs: [OpaquePointer] = []
        paragraphs.reserveCapacity(inlineCells.count)
        var child = cmark_node_first_child(root)
        while let node = child, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
          paragraphs.append(node)
          child = cmark_node_next(node)
        }
        let parsed = paragraphs.count == inlineCells.count && child == nil
        var cellIndex = 0
        var next = 0
        try writeTable(layout, into: &renderer) { cell, renderer throws(MarkdownError) in
          defer { cellIndex += 1 }
          guard parsesInline[cellIndex] else {
            return cell.withUnsafeBufferPointer { renderer.text($0) }
          }
          defer { next += 1 }
          if parsed {
            try renderCellInlines(of: paragraphs[next], into: &renderer)
          } else {
            cell.withUnsafeBufferPointer { renderer.text($0) }
          }
        }
      }
    }
  }

  /// The table's rows and cells around `writeCell`, which writes each cell's content.
  private static func writeTable(
    _ layout: TableExtension.Layout, into renderer: inout HTMLRenderer,
    _ writeCell: (ArraySlice<UInt8>, inout HTMLRenderer) throws(MarkdownError) -> Void
  ) throws(MarkdownError) {
    renderer.enterTable()
    for (rowIndex, row) in layout.rows.enumerated() {
      let isHeader = rowIndex == 0
      renderer.enterTableRow(isHeader: isHeader)
      for column in row.indices {
        renderer.enterTableCell(isHeader: isHeader, alignment: layout.alignments[column])
        try writeCell(row[column], &renderer)
        renderer.exitTableCell(isHeader: isHeader)
      }
      renderer.exitTableRow(isHeader: isHeader)
    }
    renderer.exitTable()
  }

  /// The inlines of one guarded cell paragraph, without the paragraph and the guard.
  private static func renderCellInlines(of paragraph: OpaquePointer, into renderer: inout HTMLRenderer)
    throws(MarkdownError)
  {
    guard let iterator = cmark_iter_new(paragraph) else { throw MarkdownError.parserFailed }
    defer { cmark_iter_free(iterator) }
    var stream = HTMLStream(tables: TableSource(source: "", lineOffset: 0), lineOffset: 0)
    if let guardText = cmark_node_first_child(paragraph), cmark_node_get_type(guardText) == CMARK_NODE_TEXT {
      stream.taskText = guardText
      stream.taskMarkerLength = cmark_node_get_literal(guardText).map { $0[1] == 0x20 ? 2 : 1 } ?? 0
    }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator), node != paragraph else { continue }
      if event == CMARK_EVENT_ENTER {
        try stream.enter(node, iterator: iterator, renderer: &renderer)
      } else if event == CMARK_EVENT_EXIT {
        stream.exit(node, renderer: &renderer)
      }
    }
  }

  /// Parses `markdown` and streams cmark's tree straight into `renderer`, with the same
  /// extensions as `MarkdownParser.parse` but no Swift tree: only a paragraph that may be
  /// a table goes back to the source lines, and only headings build a `String`.
  static func renderHTML(_ markdown: Substring, lineOffset: Int, into renderer: inout HTMLRenderer)
    throws(MarkdownError)
  {
    try withBytes(of: markdown) { bytes throws(MarkdownError) in
      try renderHTML(
        bytes, tables: TableSource(source: markdown, lineOffset: lineOffset), lineOffset: lineOffset,
        into: &renderer)
    }
  }

  /// `renderHTML` for Markdown held as UTF-8 bytes (checked to be UTF-8 by the caller),
  /// whose table lines are slices of the same array.
  static func renderHTML(_ markdown: ArraySlice<UInt8>, lineOffset: Int, into renderer: inout HTMLRenderer)
    throws(MarkdownError)
  {
    try withBytes(of: markdown) { bytes throws(MarkdownError) in
      try renderHTML(
        bytes, tables: TableSource(bytes: markdown, lineOffset: lineOffset), lineOffset: lineOffset,
        into: &renderer)
    }
  }

  /// `renderHTML` on the UTF-8 bytes cmark reads, with `tables` over the same body.
  private static func renderHTML(
    _ bytes: UnsafeBufferPointer<UInt8>, tables: TableSource, lineOffset: Int,
    into renderer: inout HTMLRenderer
  ) throws(MarkdownError) {
    try withDocument(bytes, options: CMARK_OPT_SOURCEPOS) { root throws(MarkdownError) in
      guard let iterator = cmark_iter_new(root) else { throw MarkdownError.parserFailed }
      defer { cmark_iter_free(iterator) }
      var stream = HTMLStream(tables: tables, lineOffset: lineOffset)
      while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard let node = cmark_iter_get_node(iterator) else { continue }
        if event == CMARK_EVENT_ENTER {
          try stream.enter(node, iterator: iterator, renderer: &renderer)
        } else if event == CMARK_EVENT_EXIT {
          stream.exit(node, renderer: &renderer)
        }
      }
    }
  }

  /// Walks cmark's tree with its iterator (no recursion) and builds the Swift tree.
  static func convert(_ root: OpaquePointer, lineOffset: Int, positions: Bool) throws(MarkdownError)
    -> MarkdownNode
  {
    guard let iterator = cmark_iter_new(root) else { throw MarkdownError.parserFailed }
    defer { cmark_iter_free(iterator) }

    var stack: [MarkdownNode] = []
    var finished: MarkdownNode?
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let isContainer = cmark_node_first_child(node) != nil || isContainerType(cmark_node_get_type(node))
      if event == CMARK_EVENT_ENTER {
        let value = MarkdownNode(
          kind(of: node), range: positions ? range(of: node, lineOffset: lineOffset) : .unknown)
        if isContainer {
          if stack.count >= maximumDepth {
            throw MarkdownError.nestedTooDeep(line: value.range.start.line, limit: maximumDepth)
          }
          stack.append(value)
        } else if stack.isEmpty {
          finished = value
        } else {
          stack[stack.count - 1].children.append(value)
        }
      } else if event == CMARK_EVENT_EXIT, let done = stack.popLast() {
        if stack.isEmpty {
          finished = done
        } else {
          stack[stack.count - 1].children.append(done)
        }
      }
    }
    return finished ?? MarkdownNode(.document)
  }

  /// Node types that get an EXIT event from cmark's iterator even when empty.
  private static func isContainerType(_ type: cmark_node_type) -> Bool {
    switch type {
    case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM,
      CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
      CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
      return true
    default:
      return false
    }
  }

  private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST:
      let tight = cmark_node_get_list_tight(node) != 0
      if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
        let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
        return .list(
          style: .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter), tight: tight)
      }
      return .list(style: .bullet, tight: tight)
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK:
      return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text(literal(node))
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code(literal(node))
    case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK:
      return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    case CMARK_NODE_IMAGE:
      return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    default:
      // Custom nodes never come out of the parser; keep their text if they ever do.
      return .paragraph
    }
  }

  private static func literal(_ node: OpaquePointer) -> String {
    string(cmark_node_get_literal(node))
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }

  static func range(of node: OpaquePointer, lineOffset: Int) -> SourceRange {
    let startLine = Int(cmark_node_get_start_line(node))
    guard startLine > 0 else { return .unknown }
    return SourceRange(
      start: SourcePosition(line: startLine + lineOffset, column: Int(cmark_node_get_start_column(node))),
      end: SourcePosition(
        line: Int(cmark_node_get_end_line(node)) + lineOffset, column: Int(cmark_node_get_end_column(node))))
  }
}

/// The state of one cmark-to-HTML stream: open blocks, pending task markers, tables.
private struct HTMLStream {
  var tables: TableSource
  let lineOffset: Int
  var depth = 0
  var quoteDepth = 0
  /// The text node starting with a task marker, and how many bytes of it to drop.
  var taskText: OpaquePointer?
  var taskMarkerLength = 0
  var taskSoftBreak: OpaquePointer?
  /// Scratch space for a heading's plain text, reused so headings allocate nothing.
  var headingText: [UInt8] = []

  init(tables: TableSource, lineOffset: Int) {
    self.tables = tables
    self.lineOffset = lineOffset
  }

  mutating func enter(_ node: OpaquePointer, iterator: OpaquePointer, renderer: inout HTMLRenderer)
    throws(MarkdownError)
  {
    let type = cmark_node_get_type(node)
    if !Self.isLeaf(type) {
      if depth >= CommonMark.maximumDepth {
        throw MarkdownError.nestedTooDeep(
          line: Int(cmark_node_get_start_line(node)) + lineOffset, limit: CommonMark.maximumDepth)
      }
      depth += 1
    }
    switch type {
    case CMARK_NODE_BLOCK_QUOTE:
      quoteDepth += 1
      renderer.enterBlockQuote()
    case CMARK_NODE_LIST:
      let tight = cmark_node_get_list_tight(node) != 0
      let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
      renderer.enterList(start: ordered ? Int(cmark_node_get_list_start(node)) : nil, tight: tight)
    case CMARK_NODE_ITEM:
      renderer.enterItem(checked: taskMarker(of: node))
    case CMARK_NODE_CODE_BLOCK:
      renderer.codeBlock(
        info: CommonMark.string(cmark_node_get_fence_info(node)),
        literal: CommonMark.string(cmark_node_get_literal(node)),
        range: CommonMark.range(of: node, lineOffset: lineOffset))
    case CMARK_NODE_HTML_BLOCK:
      renderer.htmlBlock()
    case CMARK_NODE_PARAGRAPH:
      if Self.isTableCandidate(node),
        let layout = tables.layout(
          from: CommonMark.range(of: node, lineOffset: lineOffset), quoteDepth: quoteDepth)
      {
        try CommonMark.renderTable(layout, into: &renderer)
        // Resetting to the paragraph's exit consumes that event: close it here.
        cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
        depth -= 1
      } else {
        renderer.enterParagraph()
      }
    case CMARK_NODE_HEADING:
      headingText.removeAll(keepingCapacity: true)
      Self.appendPlainText(of: node, to: &headingText)
      headingText.withUnsafeBufferPointer {
        renderer.enterHeading(level: Int(cmark_node_get_heading_level(node)), plainText: $0)
      }
    case CMARK_NODE_THEMATIC_BREAK:
      renderer.thematicBreak()
    case CMARK_NODE_TEXT:
      let skip = node == taskText ? taskMarkerLength : 0
      Self.withBytes(cmark_node_get_literal(node)) { bytes in
        renderer.text(UnsafeBufferPointer(rebasing: bytes[min(skip, bytes.count)...]))
      }
    case CMARK_NODE_SOFTBREAK:
      if node != taskSoftBreak { renderer.softBreak() }
    case CMARK_NODE_LINEBREAK:
      renderer.lineBreak()
    case CMARK_NODE_CODE:
      Self.withBytes(cmark_node_get_literal(node)) { renderer.code($0) }
    case CMARK_NODE_HTML_INLINE:
      Self.withBytes(cmark_node_get_literal(node)) { renderer.htmlInline($0) }
    case CMARK_NODE_EMPH:
      renderer.enterEmphasis()
    case CMARK_NODE_STRONG:
      renderer.enterStrong()
    case CMARK_NODE_LINK:
      Self.withBytes(cmark_node_get_url(node)) { url in
        Self.withBytes(cmark_node_get_title(node)) { title in
          renderer.enterLink(destination: url, title: title)
        }
      }
    case CMARK_NODE_IMAGE:
      Self.withBytes(cmark_node_get_url(node)) { renderer.enterImage(source: $0) }
    default:
      break
    }
  }

  mutating func exit(_ node: OpaquePointer, renderer: inout HTMLRenderer) {
    depth -= 1
    switch cmark_node_get_type(node) {
    case CMARK_NODE_BLOCK_QUOTE:
      quoteDepth -= 1
      renderer.exitBlockQuote()
    case CMARK_NODE_LIST:
      renderer.exitList(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
    case CMARK_NODE_ITEM:
      renderer.exitItem()
    case CMARK_NODE_PARAGRAPH:
      renderer.exitParagraph()
    case CMARK_NODE_HEADING:
      renderer.exitHeading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_EMPH:
      renderer.exitEmphasis()
    case CMARK_NODE_STRONG:
      renderer.exitStrong()
    case CMARK_NODE_LINK:
      renderer.exitLink()
    case CMARK_NODE_IMAGE:
      Self.withBytes(cmark_node_get_title(node)) { renderer.exitImage(title: $0) }
    default:
      break
    }
  }

  /// Whether `item` is a task item; if so, remembers which text and break to trim.
  private mutating func taskMarker(of item: OpaquePointer) -> Bool? {
    guard let paragraph = cmark_node_first_child(item),
      cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
      let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT
    else { return nil }
    let next = cmark_node_next(text)
    let followedBySoftBreak = next.map { cmark_node_get_type($0) == CMARK_NODE_SOFTBREAK } ?? false
    let marker = Self.withBytes(cmark_node_get_literal(text)) {
      TaskListExtension.marker(in: $0, followedBySoftBreak: followedBySoftBreak)
    }
    guard let marker else { return nil }
    taskText = text
    taskMarkerLength = marker.length
    taskSoftBreak = marker.consumesSoftBreak ? next : nil
    return marker.checked
  }

  /// `TableExtension.isCandidate` on cmark's node: a later line is only `|:-` and blanks.
  private static func isTableCandidate(_ paragraph: OpaquePointer) -> Bool {
    guard cmark_node_get_end_line(paragraph) > cmark_node_get_start_line(paragraph) else { return false }
    var afterBreak = false
    var child = cmark_node_first_child(paragraph)
    while let node = child {
      let type = cmark_node_get_type(node)
      if afterBreak && type == CMARK_NODE_TEXT
        && withBytes(cmark_node_get_literal(node), { TableRow.looksLikeDelimiterRow($0) })
      {
        return true
      }
      afterBreak = type == CMARK_NODE_SOFTBREAK
      child = cmark_node_next(node)
    }
    return false
  }

  /// Appends `MarkdownNode.plainText` of a heading as UTF-8, walked without recursion.
  private static func appendPlainText(of heading: OpaquePointer, to text: inout [UInt8]) {
    var node = cmark_node_first_child(heading)
    while let current = node {
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        withBytes(cmark_node_get_literal(current)) { text.append(contentsOf: $0) }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        text.append(UInt8(ascii: " "))
      default:
        break
      }
      if let child = cmark_node_first_child(current) {
        node = child
        continue
      }
      var climb: OpaquePointer? = current
      node = nil
      while let up = climb, up != heading {
        if let next = cmark_node_next(up) {
          node = next
          break
        }
        climb = cmark_node_parent(up)
      }
    }
  }

  /// cmark's iterator gives these only an enter event.
  private static func isLeaf(_ type: cmark_node_type) -> Bool {
    switch type {
    case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
      CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
      return true
    default:
      return false
    }
  }

  /// The bytes of a C string owned by cmark, valid during `body`; empty for NULL.
  private static func withBytes<Result>(
    _ pointer: UnsafePointer<CChar>?, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    guard let pointer else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
      body(UnsafeBufferPointer(start: bytes, count: strlen(pointer)))
    }
  }
}
