/// The inline content of table cells. Only cells that may hold inline Markdown go to cmark,
/// all of a table's in one document; most cells are plain words and become one text node
/// straight away (on the 4.2 MB benchmark SOP, 95 % of 47,202 cells).
extension TableExtension {
  /// The first inline node of every cell in reading order, -1 for an empty cell.
  static func cellContents(_ layout: Layout, in document: inout MarkdownDocument) -> [Int32] {
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
    let parsed = inlineCells.isEmpty ? nil : parseInlines(inlineCells, into: &document)
    var contents: [Int32] = []
    contents.reserveCapacity(parsesInline.count)
    var next = 0
    var cellIndex = 0
    for row in layout.rows {
      for cell in row {
        if parsesInline[cellIndex], let parsed {
          contents.append(parsed[next])
          next += 1
        } else if cell.isEmpty {
          contents.append(-1)
        } else {
          var text = MarkdownDocument.Node(.text)
          text.literal = cell.withUnsafeBufferPointer { document.store($0) }
          contents.append(document.append(text))
        }
        cellIndex += 1
      }
    }
    return contents
  }

  /// Parses each cell as the inline content of one paragraph and returns the first inline
  /// of each (-1 when none), or nil when cmark did not read them as one paragraph each:
  /// `*a*` is emphasis, but `# a` or `- a` stay text, as GFM reads cells.
  ///
  /// Each cell goes to cmark behind a `x ` guard that keeps it from starting a heading,
  /// list, quote or link definition; the guard is cut from the first text node afterwards.
  private static func parseInlines(_ cells: [ArraySlice<UInt8>], into document: inout MarkdownDocument)
    -> [Int32]?
  {
    let source = guardedCells(cells)
    guard
      let parsed = try? source.withUnsafeBufferPointer({ bytes throws(MarkdownError) in
        try CommonMark.parse(bytes, lineOffset: 0, positions: false)
      })
    else { return nil }
    let paragraphs = Array(parsed.children(of: MarkdownDocument.root))
    guard paragraphs.count == cells.count, paragraphs.allSatisfy({ parsed[$0].kind == .paragraph }) else {
      return nil
    }
    let offset = document.graft(parsed)
    return paragraphs.map { paragraph in
      let first = document[paragraph + offset].firstChild
      guard first >= 0, document[first].kind == .text else { return first }
      var literal = document[first].literal
      let guardLength: Int32 = document.withBytes(literal) {
        $0.count > 1 && $0[1] == UInt8(ascii: " ") ? 2 : 1
      }
      literal.start += guardLength
      literal.count -= guardLength
      guard literal.count > 0 else { return document[first].nextSibling }
      document[first].literal = literal
      return first
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
  /// Other cells are their text, exactly what cmark would make of them, without it.
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
}
