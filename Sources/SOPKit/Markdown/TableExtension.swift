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

  /// The nodes replacing the paragraph at `range` (a leading paragraph and a table), or nil
  /// when its lines hold no table. `lines` are the paragraph's source lines, container markers
  /// already removed.
  static func rewrite(paragraphAt range: SourceRange, lines: [ArraySlice<UInt8>]) -> [MarkdownNode]? {
    guard lines.count >= 2 else { return nil }
    for delimiterIndex in 1..<lines.count where TableRow.looksLikeDelimiterRow(lines[delimiterIndex]) {
      let delimiter = TableRow(lines[delimiterIndex])
      let header = TableRow(lines[delimiterIndex - 1])
      guard let alignments = delimiter.alignments, header.cells.count == alignments.count,
        header.hasPipe || delimiter.hasPipe
      else { continue }
      return build(
        paragraphAt: range, lines: lines, headerIndex: delimiterIndex - 1, header: header,
        alignments: alignments)
    }
    return nil
  }

  private static func build(
    paragraphAt range: SourceRange, lines: [ArraySlice<UInt8>], headerIndex: Int, header: TableRow,
    alignments: [TableAlignment]
  ) -> [MarkdownNode] {
    let firstLine = range.start.line
    let width = alignments.count
    var rows: [[String]] = [header.cells]
    for line in lines[(headerIndex + 2)...] {
      var cells = TableRow(line).cells
      if cells.count > width {
        cells.removeLast(cells.count - width)
      }
      while cells.count < width {
        cells.append("")
      }
      rows.append(cells)
    }
    let inlines = CommonMark.parseInlines(rows.flatMap { $0 })
    var table = MarkdownNode(
      .table(alignments: alignments),
      range: SourceRange(
        start: SourcePosition(line: firstLine + headerIndex, column: 1), end: range.end))
    table.children.reserveCapacity(rows.count)
    for (rowIndex, _) in rows.enumerated() {
      let line = rowIndex == 0 ? firstLine + headerIndex : firstLine + headerIndex + rowIndex + 1
      var row = MarkdownNode(
        .tableRow(isHeader: rowIndex == 0),
        range: SourceRange(
          start: SourcePosition(line: line, column: 1),
          end: SourcePosition(line: line, column: lines[line - firstLine].count)))
      row.children = (0..<width).map { column in
        MarkdownNode(.tableCell, children: inlines[rowIndex * width + column])
      }
      table.children.append(row)
    }
    guard headerIndex > 0 else { return [table] }
    let leading = lines[0..<headerIndex].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    // Re-parsing the leading lines alone gives the paragraph cmark would have made of them.
    let before = (try? CommonMark.parse(leading, lineOffset: firstLine - 1))?.children
    return (before ?? [MarkdownNode(.paragraph, children: [MarkdownNode(.text(leading))])]) + [table]
  }
}
