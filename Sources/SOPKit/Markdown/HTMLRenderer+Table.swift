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
    output.append(isHeader ? "<th" : "<td")
    switch alignment {
    case .none: break
    case .left: output.append(" align=\"left\"")
    case .center: output.append(" align=\"center\"")
    case .right: output.append(" align=\"right\"")
    }
    output.append(byte: UInt8(ascii: ">"))
  }

  mutating func exitTableCell(isHeader: Bool) {
    output.append(isHeader ? "</th>\n" : "</td>\n")
  }
}
