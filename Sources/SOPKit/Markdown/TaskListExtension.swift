/// Turns list items whose first paragraph starts with `[ ]`, `[x]` or `[X]` and a space
/// into GFM task items, removing the marker from the text.
enum TaskListExtension {
  /// Rewrites `item` in place when it is a task item.
  static func rewrite(_ item: inout MarkdownNode) {
    guard case .item = item.kind, var paragraph = item.children.first, case .paragraph = paragraph.kind,
      let first = paragraph.children.first, case .text(let literal) = first.kind
    else { return }
    let utf8 = literal.utf8
    guard utf8.count >= 3, utf8.first == UInt8(ascii: "["),
      utf8[utf8.index(utf8.startIndex, offsetBy: 2)] == UInt8(ascii: "]")
    else { return }
    let checked: Bool
    switch utf8[utf8.index(after: utf8.startIndex)] {
    case UInt8(ascii: " "): checked = false
    case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
    default: return
    }
    let rest = utf8.dropFirst(3)
    if let separator = rest.first {
      // The marker must be followed by a blank; `[x]y` is text.
      guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "\t") else { return }
      let remaining = String(Substring(rest.dropFirst()))
      if remaining.isEmpty {
        paragraph.children.removeFirst()
      } else {
        paragraph.children[0].kind = .text(remaining)
      }
    } else {
      // `[ ]` alone on the first line: the line break that follows is the blank.
      guard paragraph.children.count >= 2, paragraph.children[1].kind == .softBreak else { return }
      paragraph.children.removeFirst(2)
    }
    item.kind = .taskItem(checked: checked)
    item.children[0] = paragraph
  }
}
