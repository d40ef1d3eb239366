/// The raw lines behind candidate table paragraphs: cmark keeps no source text, so table
/// detection re-reads the body by the paragraph's line range. Lines are split lazily, on
/// the first candidate: most documents have no table and never pay for it.
struct TableSource {
  /// The body, as text or as bytes already in memory.
  private enum Body {
    case text(Substring)
    case bytes(ArraySlice<UInt8>)
  }

  private let body: Body
  private let lineOffset: Int
  private var lines: SourceLines?

  /// `source` is the body cmark parsed; `lineOffset` the shift added to its line numbers.
  init(source: Substring, lineOffset: Int) {
    body = .text(source)
    self.lineOffset = lineOffset
  }

  /// `init(source:lineOffset:)` for a body held as bytes, which tables slice without a copy.
  init(bytes: ArraySlice<UInt8>, lineOffset: Int) {
    body = .bytes(bytes)
    self.lineOffset = lineOffset
  }

  /// The nodes replacing the paragraph at `range` if its lines hold a table. `quoteDepth` is the number
  /// of block quotes around it, whose `>` markers are cut from its later lines.
  mutating func table(from range: SourceRange, quoteDepth: Int) -> [MarkdownNode]? {
    guard let lines = paragraphLines(at: range, quoteDepth: quoteDepth) else { return nil }
    return TableExtension.rewrite(paragraphAt: range, lines: lines)
  }

  /// The table layout of the paragraph at `range`, for the cmark stream.
  mutating func layout(from range: SourceRange, quoteDepth: Int) -> TableExtension.Layout? {
    guard let lines = paragraphLines(at: range, quoteDepth: quoteDepth) else { return nil }
    return TableExtension.layout(of: lines)
  }

  private mutating func paragraphLines(at range: SourceRange, quoteDepth: Int) -> [ArraySlice<UInt8>]? {
    if lines == nil {
      switch body {
      case .text(let source): lines = SourceLines(source)
      case .bytes(let bytes): lines = SourceLines(bytes)
      }
    }
    let first = range.start.line - lineOffset
    let last = range.end.line - lineOffset
    guard first >= 1, last >= first else { return nil }
    var paragraphLines: [ArraySlice<UInt8>] = []
    paragraphLines.reserveCapacity(last - first + 1)
    for number in first...last {
      guard var line = lines?.line(number) else { return nil }
      if number == first {
        line = line.dropFirst(max(range.start.column - 1, 0))
      } else {
        for _ in 0..<quoteDepth {
          line = Self.droppingQuoteMarker(line)
        }
      }
      paragraphLines.append(line)
    }
    return paragraphLines
  }

  /// Removes up to three spaces, `>` and one optional space: one level of block quote.
  private static func droppingQuoteMarker(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    let indented = line.prefix(3).prefix { $0 == UInt8(ascii: " ") }.count
    var rest = line.dropFirst(indented)
    guard rest.first == UInt8(ascii: ">") else { return line }
    rest = rest.dropFirst()
    if rest.first == UInt8(ascii: " ") {
      rest = rest.dropFirst()
    }
    return rest
  }
}
