/// GFM tables, rendered as cmark-gfm does: `<thead>` for the header row, `<tbody>` only when
/// there are body rows, `align` attributes from the delimiter row.
extension HTMLRenderer {
  mutating func visitTable(_ node: MarkdownNode, alignments: [TableAlignment]) {
    enterTable()
    for row in node.children {
      guard case .tableRow(let isHeader) = row.kind else { continue }
      enterTableRow(isHeader: isHeader)
      for (column, cell) in row.children.enumerated() {
        let alignment = column < alignments.count ? alignments[column] : .none
        enterTableCell(isHeader: isHeader, alignment: alignment)
        descend(cell)
        exitTableCell(isHeader: isHeader)
      }
      exitTableRow(isHeader: isHeader)
    }
    exitTable()
  }

  mutating func enterTable() {
    output.newline()
    output.append("<table>\n")
    tableBodyIsOpen = false
  }

  mutating func exitTable() {
    if tableBodyIsOpen {
      output.append("</tbody>\n")
    }
    output.append("</table>\n")
  }

  mutating func enterTableRow(isHeader: Bool) {
    if isHeader {
      output.append("<thead>\n")
    } else if !tableBodyIsOpen {
      output.append("<tbody>\n")
      tableBodyIsOpen = true
    }
    output.append("<tr>\n")
  }

  mutating func exitTableRow(isHeader: Bool) {
    output.append(isHeader ? "</tr>\n</thead>\n" : "</tr>\n")
  }

  mutating func enterTableCell(isHeader: Bool, alignment: TableAlignment) {
    // One literal per case: a table writes tens of thousands of cells.
    switch (isHeader, alignment) {
    case (true, .none): output.append("<th>")
    case (true, .left): output.append("<th align=\"left\">")
    case (true, .center): output.append("<th align=\"center\">")
    case (true, .right): output.append("<th align=\"right\">")
    case (false, .none): output.append("<td>")
    case (false, .left): output.append("<td align=\"left\">")
    case (false, .center): output.append("<td align=\"center\">")
    case (false, .right): output.append("<td align=\"right\">")
    }
  }

  mutating func exitTableCell(isHeader: Bool) {
    output.append(isHeader ? "</th>\n" : "</td>\n")
  }
}
