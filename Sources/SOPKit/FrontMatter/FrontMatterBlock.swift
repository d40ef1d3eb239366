/// The YAML front matter of a file, cut from the Markdown body before cmark sees it (cmark
/// would read `---` / `title: x` / `---` as a rule and a heading).
struct FrontMatterBlock: Sendable, Hashable {
  /// The YAML between the delimiter lines.
  var yaml: String
  /// File line of the first YAML line (the line after the opening `---`).
  var firstLine: Int
  /// File line of the closing `---` / `...`; nil when the block is never closed.
  var closingLine: Int?

  /// A file cut into its front matter (if any) and body.
  struct Split {
    /// The front matter, when the file opens with `---`.
    var block: FrontMatterBlock?
    /// The Markdown after the front matter (the whole text when there is none).
    var body: Substring
    /// Lines before the body, to shift cmark's line numbers.
    var bodyLineOffset: Int
  }

  /// Splits `text`. A file whose first line is `---` opens front matter; the first later line
  /// that is `---` or `...` closes it. An unclosed block leaves the whole file as body so it
  /// still renders, and `closingLine` is nil so lint can say so.
  static func split(_ text: String) -> Split {
    let utf8 = text.utf8
    var index = utf8.startIndex
    // A byte-order mark is invisible in editors; skip it rather than miss the front matter.
    if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { index = utf8.index(index, offsetBy: 3) }
    guard let first = nextLine(utf8, from: index), isDelimiter(first.content, allowDots: false) else {
      return Split(block: nil, body: Substring(text), bodyLineOffset: 0)
    }
    var line = 1
    var cursor = first.next
    let yamlStart = cursor
    while let current = nextLine(utf8, from: cursor) {
      line += 1
      if isDelimiter(current.content, allowDots: true) {
        let yaml = String(Substring(utf8[yamlStart..<current.content.startIndex]))
        let block = FrontMatterBlock(yaml: yaml, firstLine: 2, closingLine: line)
        return Split(block: block, body: Substring(utf8[current.next...]), bodyLineOffset: line)
      }
      cursor = current.next
    }
    let yaml = String(Substring(utf8[yamlStart...]))
    return Split(
      block: FrontMatterBlock(yaml: yaml, firstLine: 2, closingLine: nil), body: Substring(text),
      bodyLineOffset: 0)
  }

  private typealias Line = (content: Substring.UTF8View, next: String.UTF8View.Index)

  /// The line starting at `start` (without its line break) and where the next one starts.
  private static func nextLine(_ utf8: String.UTF8View, from start: String.UTF8View.Index) -> Line? {
    guard start < utf8.endIndex else { return nil }
    let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
    let next = end < utf8.endIndex ? utf8.index(after: end) : end
    return (Substring(utf8[start..<end]).utf8, next)
  }

  /// `---` (or `...` when closing), ignoring trailing spaces and a carriage return.
  private static func isDelimiter(_ line: Substring.UTF8View, allowDots: Bool) -> Bool {
    var bytes = Array(line)
    while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == 13 {
      bytes.removeLast()
    }
    return bytes == Array("---".utf8) || (allowDots && bytes == Array("...".utf8))
  }
}
