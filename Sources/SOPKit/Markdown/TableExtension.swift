/// Rewrites paragraphs whose lines form a GFM pipe table into `.table` nodes.
///
/// cmark (plain CommonMark) reads a table as a paragraph; this pass finds, inside such a
/// paragraph, a header row followed by a delimiter row with the same number of cells. Lines
/// before the header stay a paragraph; every later line of the paragraph is a body row,
/// padded or cut to the header's width. Cell text is parsed as inline Markdown by cmark,
/// one cell at a time, so reference-style links (`[text][ref]`) defined elsewhere in the
/// document do not resolve inside cells: use inline links there.
enum TableExtension {
  /// Cheap test on the parsed paragraph: some line after the first is a text node made only
  /// of `|:-` and blanks. Only candidates pay for reading the source lines.
  static func isCandidate(_ paragraph: MarkdownNode) -> Bool {
    guard paragraph.range.end.line > paragraph.range.start.line else { return false }
    var afterBreak = false
    for child in paragraph.children {
      switch child.kind {
      case .softBreak:
        afterBreak = true
        continue
      case .text(let literal) where afterBreak:
        if TableRow.looksLikeDelimiterRow(literal.utf8) { return true }
      default:
        break
      }
      afterBreak = false
    }
    return false
  }

  /// Where a table starts inside a paragraph and what its cells hold, before any inline
  /// parsing: what both the tree pass and the cmark stream work from.
  struct Layout {
    /// The paragraph's lines before the header row (they stay a paragraph).
    var leadingLines: [ArraySlice<UInt8>]
    /// One alignment per column.
    var alignments: [TableAlignment]
    /// Cell bytes row by row, the header first; every row has one cell per column.
    var rows: [[ArraySlice<UInt8>]]
    /// Cell texts in reading order, the input of `CommonMark.parseInlines`.
    var cells: [String] { rows.flatMap { $0.map { String(decoding: $0, as: UTF8.self) } } }

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

  /// The nodes replacing the paragraph at `range` (a leading paragraph and a table), or nil
  /// when its lines hold no table.
  static func rewrite(paragraphAt range: SourceRange, lines: [ArraySlice<UInt8>]) -> [MarkdownNode]? {
    guard let layout = layout(of: lines) else { return nil }
    let headerLine = range.start.line + layout.leadingLines.count
    let width = layout.alignments.count
    let inlines = CommonMark.parseInlines(layout.cells)
    var table = MarkdownNode(
      .table(alignments: layout.alignments),
      range: SourceRange(start: SourcePosition(line: headerLine, column: 1), end: range.end))
    table.children.reserveCapacity(layout.rows.count)
    for rowIndex in layout.rows.indices {
      // The delimiter row sits between the header and the first body row.
      let line = rowIndex == 0 ? headerLine : headerLine + rowIndex + 1
      var row = MarkdownNode(
        .tableRow(isHeader: rowIndex == 0),
        range: SourceRange(
          start: SourcePosition(line: line, column: 1),
          end: SourcePosition(line: line, column: lines[line - range.start.line].count)))
      row.children = (0..<width).map { column in
        MarkdownNode(.tableCell, children: inlines[rowIndex * width + column])
      }
      table.children.append(row)
    }
    guard !layout.leadingLines.isEmpty else { return [table] }
    let leading = layout.leadingText
    // Re-parsing the leading lines alone gives the paragraph cmark would have made of them.
    let before = (try? CommonMark.parse(leading, lineOffset: range.start.line - 1))?.children
    return (before ?? [MarkdownNode(.paragraph, children: [MarkdownNode(.text(leading))])]) + [table]
  }
}
