/// Rewrites paragraphs whose lines form a GFM pipe table into `table` nodes.
///
/// cmark (plain CommonMark) reads a table as a paragraph; this pass finds, inside such a
/// paragraph, a header row followed by a delimiter row with the same number of cells. Lines
/// before the header stay a paragraph; every later line of the paragraph is a body row,
/// padded or cut to the header's width. Cell text is parsed as inline Markdown by cmark,
/// all cells of a table in one document, so reference-style links (`[text][ref]`) defined
/// elsewhere in the document do not resolve inside cells: use inline links there.
enum TableExtension {
  /// Cheap test on the parsed paragraph: some line after the first is a text node made only
  /// of `|:-` and blanks. Only candidates pay for reading the source lines.
  static func isCandidate(_ paragraph: Int32, in document: MarkdownDocument) -> Bool {
    guard document[paragraph].endLine > document[paragraph].startLine else { return false }
    var afterBreak = false
    for child in document.children(of: paragraph) {
      let node = document[child]
      if afterBreak, node.kind == .text,
        document.withBytes(node.literal, { TableRow.looksLikeDelimiterRow($0) })
      {
        return true
      }
      afterBreak = node.kind == .softBreak
    }
    return false
  }

  /// Where a table starts inside a paragraph and what its cells hold, before any inline
  /// parsing.
  struct Layout {
    /// The paragraph's lines before the header row (they stay a paragraph).
    var leadingLines: [ArraySlice<UInt8>]
    /// One alignment per column.
    var alignments: [TableAlignment]
    /// Cell bytes row by row, the header first; every row has one cell per column.
    var rows: [[ArraySlice<UInt8>]]

    /// The leading lines as one Markdown text.
    var leadingText: String {
      leadingLines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }
  }

  /// The table in a paragraph's source lines (container markers already removed), or nil
  /// when they hold none: the first delimiter row under a header row of as many cells.
  static func layout(of lines: [ArraySlice<UInt8>]) -> Layout? {
    guard lines.count >= 2 else { return nil }
    for delimiterIndex in 1..<lines.count where TableRow.looksLikeDelimiterRow(lines[delimiterIndex]) {
      let delimiter = TableRow(lines[delimiterIndex])
      let header = TableRow(lines[delimiterIndex - 1])
      guard let alignments = delimiter.alignments, header.cellBytes.count == alignments.count,
        header.hasPipe || delimiter.hasPipe
      else { continue }
      let width = alignments.count
      var rows: [[ArraySlice<UInt8>]] = [header.cellBytes]
      rows.reserveCapacity(lines.count - delimiterIndex)
      for line in lines[(delimiterIndex + 1)...] {
        var cells = TableRow(line).cellBytes
        if cells.count > width {
          cells.removeLast(cells.count - width)
        }
        while cells.count < width {
          cells.append([])
        }
        rows.append(cells)
      }
      return Layout(leadingLines: Array(lines[0..<(delimiterIndex - 1)]), alignments: alignments, rows: rows)
    }
    return nil
  }

  /// Adds the nodes replacing `paragraph` when its lines hold a table (a leading paragraph
  /// if any, then the table) and returns the first and last of them, linked to each other
  /// but not yet into the tree; nil when there is no table.
  static func rewrite(
    paragraph: Int32, in document: inout MarkdownDocument, tables: inout TableSource, quoteDepth: Int
  ) -> (first: Int32, last: Int32)? {
    let range = document[paragraph].range
    guard let lines = tables.paragraphLines(at: range, quoteDepth: quoteDepth), let layout = layout(of: lines)
    else { return nil }
    let headerLine = range.start.line + layout.leadingLines.count
    var table = MarkdownDocument.Node(.table)
    table.number = Int32(layout.alignments.count)
    table.setRange(SourceRange(start: SourcePosition(line: headerLine, column: 1), end: range.end))
    let tableIndex = document.append(table)
    var contents = cellContents(layout, in: &document).makeIterator()
    var previousRow: Int32 = -1
    for (rowIndex, row) in layout.rows.enumerated() {
      // The delimiter row sits between the header and the first body row.
      let line = rowIndex == 0 ? headerLine : headerLine + rowIndex + 1
      var rowNode = MarkdownDocument.Node(.tableRow)
      rowNode.flags = rowIndex == 0 ? MarkdownDocument.Flag.header : 0
      rowNode.setRange(
        SourceRange(
          start: SourcePosition(line: line, column: 1),
          end: SourcePosition(line: line, column: lines[line - range.start.line].count)))
      let rowIndexInDocument = document.append(rowNode)
      link(rowIndexInDocument, after: previousRow, in: tableIndex, of: &document)
      previousRow = rowIndexInDocument
      var previousCell: Int32 = -1
      for column in row.indices {
        var cell = MarkdownDocument.Node(.tableCell)
        cell.flags = rowNode.flags | alignmentFlags(layout.alignments[column])
        cell.firstChild = contents.next() ?? -1
        let cellIndex = document.append(cell)
        link(cellIndex, after: previousCell, in: rowIndexInDocument, of: &document)
        previousCell = cellIndex
      }
    }
    guard !layout.leadingLines.isEmpty else { return (tableIndex, tableIndex) }
    let leading = layout.leadingText
    // Re-parsing the leading lines alone gives the paragraph cmark would have made of them.
    let before: Int32
    if let parsed = try? MarkdownDocument(
      parsingCommonMark: Substring(leading), lineOffset: range.start.line - 1)
    {
      before = document.graft(parsed) + MarkdownDocument.root
    } else {
      var text = MarkdownDocument.Node(.text)
      var bytes = leading
      text.literal = bytes.withUTF8 { document.store($0) }
      let textIndex = document.append(text)
      var fallback = MarkdownDocument.Node(.document)
      fallback.firstChild = document.append(MarkdownDocument.Node(.paragraph))
      document[fallback.firstChild].firstChild = textIndex
      before = document.append(fallback)
    }
    var last: Int32 = -1
    for child in document.children(of: before) { last = child }
    guard last >= 0 else { return (tableIndex, tableIndex) }
    document[last].nextSibling = tableIndex
    return (document[before].firstChild, tableIndex)
  }

  /// Makes `child` the next child of `parent` after `previous` (-1: the first).
  private static func link(
    _ child: Int32, after previous: Int32, in parent: Int32, of document: inout MarkdownDocument
  ) {
    if previous < 0 {
      document[parent].firstChild = child
    } else {
      document[previous].nextSibling = child
    }
  }

  private static func alignmentFlags(_ alignment: TableAlignment) -> UInt8 {
    switch alignment {
    case .none: 0
    case .left: 1
    case .center: 2
    case .right: 3
    }
  }

  /// The alignment of a table cell, from its flags.
  static func alignment(_ flags: UInt8) -> TableAlignment {
    switch flags & MarkdownDocument.Flag.alignmentMask {
    case 1: .left
    case 2: .center
    case 3: .right
    default: .none
    }
  }
}
