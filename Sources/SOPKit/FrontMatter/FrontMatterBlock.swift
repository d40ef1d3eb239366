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

  /// The bytes of a file cut into its front matter (if any) and body, for renderers that
  /// work on bytes.
  struct ByteSplit {
    /// The front matter, when the file opens with `---`.
    var block: FrontMatterBlock?
    /// The Markdown after the front matter (the whole file when there is none).
    var body: ArraySlice<UInt8>
    /// Lines before the body, to shift cmark's line numbers.
    var bodyLineOffset: Int
  }

  /// Splits `text`. A file whose first line is `---` opens front matter; the first later line
  /// that is `---` or `...` closes it. An unclosed block leaves the whole file as body so it
  /// still renders, and `closingLine` is nil so lint can say so.
  static func split(_ text: String) -> Split {
    let utf8 = text.utf8
    guard let bounds = bounds(in: utf8) else {
      return Split(block: nil, body: Substring(text), bodyLineOffset: 0)
    }
    let yaml = String(Substring(utf8[bounds.yaml]))
    return Split(
      block: FrontMatterBlock(yaml: yaml, firstLine: 2, closingLine: bounds.closingLine),
      body: Substring(utf8[bounds.bodyStart...]), bodyLineOffset: bounds.bodyLineOffset)
  }

  /// `split(_:)` on the bytes of a file already checked to be UTF-8.
  static func split(_ bytes: ArraySlice<UInt8>) -> ByteSplit {
    guard let bounds = bounds(in: bytes) else {
      return ByteSplit(block: nil, body: bytes, bodyLineOffset: 0)
    }
    let yaml = String(decoding: bytes[bounds.yaml], as: UTF8.self)
    return ByteSplit(
      block: FrontMatterBlock(yaml: yaml, firstLine: 2, closingLine: bounds.closingLine),
      body: bytes[bounds.bodyStart...], bodyLineOffset: bounds.bodyLineOffset)
  }

  /// Where the parts of a file with front matter lie.
  private struct Bounds<Index: Comparable> {
    var yaml: Range<Index>
    var closingLine: Int?
    var bodyStart: Index
    var bodyLineOffset: Int
  }

  /// The front matter's YAML and the body's start in `utf8`, or nil without front matter.
  private static func bounds<Bytes: Collection<UInt8>>(in utf8: Bytes) -> Bounds<Bytes.Index>? {
    var index = utf8.startIndex
    // A byte-order mark is invisible in editors; skip it rather than miss the front matter.
    if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { index = utf8.index(index, offsetBy: 3) }
    guard let first = nextLine(utf8, from: index), isDelimiter(utf8[first.content], allowDots: false) else {
      return nil
    }
    var line = 1
    var cursor = first.next
    let yamlStart = cursor
    while let current = nextLine(utf8, from: cursor) {
      line += 1
      if isDelimiter(utf8[current.content], allowDots: true) {
        return Bounds(
          yaml: yamlStart..<current.content.lowerBound, closingLine: line, bodyStart: current.next,
          bodyLineOffset: line)
      }
      cursor = current.next
    }
    return Bounds(
      yaml: yamlStart..<utf8.endIndex, closingLine: nil, bodyStart: utf8.startIndex, bodyLineOffset: 0)
  }

  /// The line starting at `start` (without its line break) and where the next one starts.
  private static func nextLine<Bytes: Collection<UInt8>>(_ utf8: Bytes, from start: Bytes.Index)
    -> (content: Range<Bytes.Index>, next: Bytes.Index)?
  {
    guard start < utf8.endIndex else { return nil }
    let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
    let next = end < utf8.endIndex ? utf8.index(after: end) : end
    return (start..<end, next)
  }

  /// `---` (or `...` when closing), ignoring trailing spaces and a carriage return.
  private static func isDelimiter<Line: Collection<UInt8>>(_ line: Line, allowDots: Bool) -> Bool {
    var bytes = Array(line)
    while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == 13 {
      bytes.removeLast()
    }
    return bytes == Array("---".utf8) || (allowDots && bytes == Array("...".utf8))
  }
}
