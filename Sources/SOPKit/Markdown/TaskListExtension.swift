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

  /// Marks `item` as a task item when it is one, and cuts the marker from its text.
  static func rewrite(item: Int32, in document: inout MarkdownDocument) {
    let paragraph = document[item].firstChild
    guard paragraph >= 0, document[paragraph].kind == .paragraph else { return }
    let text = document[paragraph].firstChild
    guard text >= 0, document[text].kind == .text else { return }
    let next = document[text].nextSibling
    let followedBySoftBreak = next >= 0 && document[next].kind == .softBreak
    let found = document.withBytes(document[text].literal) {
      marker(in: $0, followedBySoftBreak: followedBySoftBreak)
    }
    guard let found else { return }
    typealias Flag = MarkdownDocument.Flag
    document[item].flags = Flag.task | (found.checked ? Flag.checked : 0)
    if Int(document[text].literal.count) == found.length {
      document[paragraph].firstChild = found.consumesSoftBreak ? document[next].nextSibling : next
    } else {
      document[text].literal.start += Int32(found.length)
      document[text].literal.count -= Int32(found.length)
    }
  }
}
