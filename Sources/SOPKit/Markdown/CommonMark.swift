import CCmark

/// The one place that talks to libcmark: parses Markdown with cmark and converts cmark's
/// tree to `MarkdownNode` values before any C memory is released. No cmark type leaves
/// this file.
enum CommonMark {
  /// Deepest block nesting accepted; deeper input is refused instead of risking the stack
  /// of the recursive walkers that follow.
  static let maximumDepth = 200

  /// Parses `markdown` (front matter already stripped) into a document node. Lines are
  /// shifted by `lineOffset` so positions are those of the whole file.
  static func parse(_ markdown: String, lineOffset: Int = 0, positions: Bool = true) throws(MarkdownError)
    -> MarkdownNode
  {
    var text = markdown
    let root: OpaquePointer? = text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
      }
    }
    guard let root else { throw MarkdownError.parserFailed }
    defer { cmark_node_free(root) }
    return try convert(root, lineOffset: lineOffset, positions: positions)
  }

  /// Parses each string as the inline content of one paragraph (table cells): `*a*` is
  /// emphasis, but `# a` or `- a` stay text, as GFM reads cells.
  ///
  /// All cells go to cmark as one document, each as its own paragraph behind a `x ` guard
  /// that keeps a cell from starting a heading, list, quote or link definition; the guard
  /// is cut from the first text node afterwards.
  static func parseInlines(_ texts: [String]) -> [[MarkdownNode]] {
    var source = ""
    source.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 4 })
    for text in texts {
      source += "x "
      source += text
      source += "\n\n"
    }
    guard let document = try? parse(source, lineOffset: 0, positions: false),
      document.children.count == texts.count,
      document.children.allSatisfy({ $0.kind == .paragraph })
    else {
      return texts.map { $0.isEmpty ? [] : [MarkdownNode(.text($0))] }
    }
    return document.children.map { paragraph in
      var inlines = paragraph.children
      guard let first = inlines.first, case .text(let literal) = first.kind else { return inlines }
      var rest = literal.utf8.dropFirst()
      if rest.first == UInt8(ascii: " ") {
        rest = rest.dropFirst()
      }
      if rest.isEmpty {
        inlines.removeFirst()
      } else {
        inlines[0].kind = .text(String(Substring(rest)))
      }
      return inlines
    }
  }

  /// Walks cmark's tree with its iterator (no recursion) and builds the Swift tree.
  private static func convert(_ root: OpaquePointer, lineOffset: Int, positions: Bool) throws(MarkdownError)
    -> MarkdownNode
  {
    guard let iterator = cmark_iter_new(root) else { throw MarkdownError.parserFailed }
    defer { cmark_iter_free(iterator) }

    var stack: [MarkdownNode] = []
    var finished: MarkdownNode?
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let isContainer = cmark_node_first_child(node) != nil || isContainerType(cmark_node_get_type(node))
      if event == CMARK_EVENT_ENTER {
        let value = MarkdownNode(
          kind(of: node), range: positions ? range(of: node, lineOffset: lineOffset) : .unknown)
        if isContainer {
          if stack.count >= maximumDepth {
            throw MarkdownError.nestedTooDeep(line: value.range.start.line, limit: maximumDepth)
          }
          stack.append(value)
        } else if stack.isEmpty {
          finished = value
        } else {
          stack[stack.count - 1].children.append(value)
        }
      } else if event == CMARK_EVENT_EXIT, let done = stack.popLast() {
        if stack.isEmpty {
          finished = done
        } else {
          stack[stack.count - 1].children.append(done)
        }
      }
    }
    return finished ?? MarkdownNode(.document)
  }

  /// Node types that get an EXIT event from cmark's iterator even when empty.
  private static func isContainerType(_ type: cmark_node_type) -> Bool {
    switch type {
    case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM,
      CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
      CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
      return true
    default:
      return false
    }
  }

  private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST:
      let tight = cmark_node_get_list_tight(node) != 0
      if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
        let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
        return .list(
          style: .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter), tight: tight)
      }
      return .list(style: .bullet, tight: tight)
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK:
      return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text(literal(node))
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code(literal(node))
    case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK:
      return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    case CMARK_NODE_IMAGE:
      return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    default:
      // Custom nodes never come out of the parser; keep their text if they ever do.
      return .paragraph
    }
  }

  private static func literal(_ node: OpaquePointer) -> String {
    string(cmark_node_get_literal(node))
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }

  private static func range(of node: OpaquePointer, lineOffset: Int) -> SourceRange {
    let startLine = Int(cmark_node_get_start_line(node))
    guard startLine > 0 else { return .unknown }
    return SourceRange(
      start: SourcePosition(line: startLine + lineOffset, column: Int(cmark_node_get_start_column(node))),
      end: SourcePosition(
        line: Int(cmark_node_get_end_line(node)) + lineOffset, column: Int(cmark_node_get_end_column(node))))
  }
}
