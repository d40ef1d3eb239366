/// GFM tables, rendered as cmark-gfm does: `<thead>` for the header row, `<tbody>` only when
/// there are body rows, `align` attributes from the delimiter row.
extension HTMLRenderer {
  mutating func visitTable(_ node: MarkdownNode, alignments: [TableAlignment]) {
    output.newline()
    output.append("<table>\n")
    var openBody = false
    for row in node.children {
      guard case .tableRow(let isHeader) = row.kind else { continue }
      if isHeader {
        output.append("<thead>\n")
      } else if !openBody {
        output.append("<tbody>\n")
        openBody = true
      }
      output.append("<tr>\n")
      for (column, cell) in row.children.enumerated() {
        let alignment = column < alignments.count ? alignments[column] : .none
        output.append(isHeader ? "<th" : "<td")
        switch alignment {
        case .none: break
        case .left: output.append(" align=\"left\"")
        case .center: output.append(" align=\"center\"")
        case .right: output.append(" align=\"right\"")
        }
        output.append(byte: UInt8(ascii: ">"))
        descend(cell)
        output.append(isHeader ? "</th>\n" : "</td>\n")
      }
      output.append("</tr>\n")
      if isHeader {
        output.append("</thead>\n")
      }
    }
    if openBody {
      output.append("</tbody>\n")
    }
    output.append("</table>\n")
  }
}
