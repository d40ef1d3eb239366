/// Turns list items whose first paragraph starts with `[ ]`, `[x]` or `[X]` and a blank
/// into GFM task items, removing the marker from the text.
enum TaskListExtension {
  /// A task marker found at the start of an item's first text.
  struct Marker: Equatable {
    /// `[x]` or `[X]`.
    var checked: Bool
    /// Bytes of the text to drop (marker and its blank).
    var length: Int
    /// The marker ends its line: the blank is the soft break that follows, dropped too.
    var consumesSoftBreak: Bool
  }

  /// The marker at the start of `text`, if any. `followedBySoftBreak` says whether a soft
  /// line break follows the text node (`[ ]` alone on the item's first line).
  static func marker(in text: UnsafeBufferPointer<UInt8>, followedBySoftBreak: Bool) -> Marker? {
    guard text.count >= 3, text[0] == UInt8(ascii: "["), text[2] == UInt8(ascii: "]") else { return nil }
    let checked: Bool
    switch text[1] {
    case UInt8(ascii: " "): checked = false
    case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
    default: return nil
    }
    if text.count == 3 {
      return followedBySoftBreak ? Marker(checked: checked, length: 3, consumesSoftBreak: true) : nil
    }
    // The marker must be followed by a blank; `[x]y` is text.
    guard text[3] == UInt8(ascii: " ") || text[3] == UInt8(ascii: "\t") else { return nil }
    return Marker(checked: checked, length: 4, consumesSoftBreak: false)
  }

  /// Rewrites `item` in place when it is a task item.
  static func rewrite(_ item: inout MarkdownNode) {
    guard case .item = item.kind, var paragraph = item.children.first, case .paragraph = paragraph.kind,
      let first = paragraph.children.first, case .text(var literal) = first.kind
    else { return }
    let followedBySoftBreak = paragraph.children.count >= 2 && paragraph.children[1].kind == .softBreak
    guard let marker = literal.withUTF8({ marker(in: $0, followedBySoftBreak: followedBySoftBreak) }) else {
      return
    }
    let remaining = String(Substring(literal.utf8.dropFirst(marker.length)))
    if remaining.isEmpty {
      paragraph.children.removeFirst(marker.consumesSoftBreak ? 2 : 1)
    } else {
      paragraph.children[0].kind = .text(remaining)
    }
    item.kind = .taskItem(checked: marker.checked)
    item.children[0] = paragraph
  }
}
