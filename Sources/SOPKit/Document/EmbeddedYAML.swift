import Yams

/// YAML that sits inside an SOP file (front matter or a `process` block): composes it with
/// Yams and translates Yams' marks, which count from the start of the snippet, into file
/// positions.
struct EmbeddedYAML {
  /// A syntax error at a file position, with libyaml's own wording.
  struct SyntaxError: Error, Sendable, Hashable {
    /// File line.
    var line: Int
    /// Column (1-based).
    var column: Int
    /// What libyaml reported.
    var problem: String
  }

  /// File line of the snippet's first line.
  var firstLine: Int
  /// Columns to add to Yams' columns (an indented fence strips its indentation).
  var columnOffset: Int = 0

  /// Flow collections nested deeper than this are refused before Yams sees them: its
  /// composer recurses once per level and a hostile file must not exhaust the stack.
  static let maximumNesting = 64

  /// Composes the first document of `yaml`; nil for an empty snippet.
  func compose(_ yaml: String) throws(SyntaxError) -> Node? {
    if let line = EmbeddedYAML.lineNestedTooDeep(yaml) {
      throw SyntaxError(
        line: firstLine + line - 1, column: 1,
        problem: "collections nest more than \(EmbeddedYAML.maximumNesting) levels deep")
    }
    do {
      return try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw syntaxError(error, yaml: yaml)
    } catch {
      throw SyntaxError(line: firstLine, column: 1, problem: "\(error)")
    }
  }

  /// Where `node` starts in the file; the snippet's first line when Yams gives no mark.
  func position(of node: Node) -> SourcePosition {
    guard let mark = node.mark else { return SourcePosition(line: firstLine, column: 1) }
    return SourcePosition(line: firstLine + mark.line - 1, column: mark.column + columnOffset)
  }

  /// Whether `node` is a plain whole number (not a quoted one, not a float).
  static func isInteger(_ node: Node) -> Bool {
    node.tag.rawValue == Tag.Name.int.rawValue && node.int != nil
  }

  /// Whether `node` is YAML null (`key:` with nothing after it, or `~`).
  static func isNull(_ node: Node) -> Bool {
    node.tag.rawValue == Tag.Name.null.rawValue
  }

  private func syntaxError(_ error: YamlError, yaml: String) -> SyntaxError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return SyntaxError(line: firstLine + mark.line - 1, column: mark.column + columnOffset, problem: detail)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return SyntaxError(
        line: firstLine + context.mark.line - 1, column: context.mark.column + columnOffset,
        problem: "duplicate key \(keys)")
    case .reader(let problem, let offset, _, _):
      let line = offset.map { EmbeddedYAML.line(ofByteOffset: $0, in: yaml) } ?? 1
      return SyntaxError(line: firstLine + line - 1, column: 1, problem: problem)
    default:
      return SyntaxError(line: firstLine, column: 1, problem: "\(error)")
    }
  }

  private static func line(ofByteOffset offset: Int, in yaml: String) -> Int {
    yaml.utf8.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  /// The snippet line where `[`/`{` nesting or indentation first gets too deep, if any.
  /// Quotes are not tracked: a false alarm needs 64 brackets inside strings, which no SOP has.
  private static func lineNestedTooDeep(_ yaml: String) -> Int? {
    var depth = 0
    var line = 1
    var indentation = 0
    var atLineStart = true
    for byte in yaml.utf8 {
      switch byte {
      case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
      case UInt8(ascii: "\n"):
        line += 1
        indentation = 0
        atLineStart = true
        continue
      case UInt8(ascii: " ") where atLineStart: indentation += 1
      default: break
      }
      if byte != UInt8(ascii: " ") { atLineStart = false }
      if depth > maximumNesting || indentation > maximumNesting * 4 { return line }
    }
    return nil
  }
}
