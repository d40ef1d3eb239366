import Foundation
import Yams

/// The parts of an SOP file that diffs, classification and search compare: its sections by
/// heading anchor and its process steps by id. Read line by line (ATX headings outside code
/// fences), so it works on any text, even one lint rejects.
public struct SOPOutline: Sendable, Hashable {
  /// One heading and the lines under it up to the next heading.
  public struct Section: Sendable, Hashable, Codable {
    /// Heading anchor (`gestion-de-disputas`); empty for text before the first heading.
    public var slug: String
    /// Heading text as a reader sees it.
    public var heading: String
    /// 1 for `#` ... 6 for `######`; 0 for the preamble.
    public var level: Int
    /// The Markdown lines under the heading (not including it).
    public var body: [String]
  }

  /// Sections in document order.
  public var sections: [Section]
  /// Process steps by id, each as a canonical text of its keys (formatting ignored).
  public var steps: [String: String]
  /// Step ids in document order.
  public var stepOrder: [String]
  /// The process block's other keys (tolerances, pass mark), canonical.
  public var processSettings: String

  /// Reads the outline of a whole SOP file (front matter is skipped).
  public init(fileText: String) {
    let lines = LineDiff.lines(of: fileText)
    var sections: [Section] = []
    var current = Section(slug: "", heading: "", level: 0, body: [])
    var fence: (marker: Character, length: Int)?
    var processLines: [String]?
    var processText: String?
    var slugs = SlugAllocator()
    for line in lines.dropFirst(SOPOutline.frontMatterLineCount(lines)) {
      if let open = fence {
        if SOPOutline.closesFence(line, marker: open.marker, length: open.length) {
          fence = nil
          if let captured = processLines, processText == nil {
            processText = captured.joined(separator: "\n")
          }
          processLines = nil
        } else {
          processLines?.append(line)
        }
        current.body.append(line)
        continue
      }
      if let opening = SOPOutline.fenceOpening(line) {
        fence = (opening.marker, opening.length)
        if opening.info == "process" { processLines = [] }
        current.body.append(line)
        continue
      }
      if let heading = SOPOutline.atxHeading(line) {
        if current.level > 0 || !current.body.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty })
        {
          sections.append(current)
        }
        current = Section(
          slug: slugs.allocate(for: heading.text), heading: heading.text, level: heading.level, body: [])
        continue
      }
      current.body.append(line)
    }
    sections.append(current)
    self.sections = sections
    let process = ProcessCanon(yaml: processText ?? "")
    steps = process.steps
    stepOrder = process.order
    processSettings = process.settings
  }

  /// The Markdown under a section and every deeper section after it.
  public func text(under slug: String) -> [String]? {
    guard let start = sections.firstIndex(where: { $0.slug == slug }) else { return nil }
    let level = sections[start].level
    var lines = sections[start].body
    for section in sections[(start + 1)...] {
      if section.level <= level { break }
      lines.append(section.heading)
      lines += section.body
    }
    return lines
  }

  /// `lines` without the `process` fenced block: steps are compared by id, not as text.
  static func withoutProcessBlock(_ lines: [String]) -> [String] {
    var kept: [String] = []
    var fence: (marker: Character, length: Int)?
    for line in lines {
      if let open = fence {
        if closesFence(line, marker: open.marker, length: open.length) { fence = nil }
      } else if let opening = fenceOpening(line), opening.info == "process" {
        fence = (opening.marker, opening.length)
      } else {
        kept.append(line)
      }
    }
    return kept
  }

  private static func frontMatterLineCount(_ lines: [String]) -> Int {
    guard lines.first == "---" else { return 0 }
    for index in lines.indices.dropFirst() where lines[index] == "---" || lines[index] == "..." {
      return index + 1
    }
    return 0
  }

  private static func atxHeading(_ line: String) -> (level: Int, text: String)? {
    let trimmed = line.drop(while: { $0 == " " })
    guard line.count - trimmed.count <= 3 else { return nil }
    let hashes = trimmed.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = trimmed.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = rest.trimmingCharacters(in: .whitespaces)
    let closing = text.reversed().prefix(while: { $0 == "#" }).count
    if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
      text = String(text.dropLast(closing)).trimmingCharacters(in: .whitespaces)
    }
    return (hashes, plainHeading(text))
  }

  /// Removes inline markup so `**Scope**` and `Scope` give the same anchor.
  private static func plainHeading(_ text: String) -> String {
    guard text.contains(where: { "*_`[<\\".contains($0) }),
      let node = try? MarkdownParser.parse(text), let first = node.children.first
    else { return text }
    return first.plainText.trimmingCharacters(in: .whitespaces)
  }

  private static func fenceOpening(_ line: String) -> (marker: Character, length: Int, info: String)? {
    let trimmed = line.drop(while: { $0 == " " })
    guard line.count - trimmed.count <= 3, let marker = trimmed.first, marker == "`" || marker == "~" else {
      return nil
    }
    let length = trimmed.prefix(while: { $0 == marker }).count
    guard length >= 3 else { return nil }
    let info = trimmed.dropFirst(length).trimmingCharacters(in: .whitespaces)
    if marker == "`", info.contains("`") { return nil }
    return (marker, length, String(info.split(separator: " ").first ?? ""))
  }

  private static func closesFence(_ line: String, marker: Character, length: Int) -> Bool {
    let trimmed = line.drop(while: { $0 == " " })
    guard line.count - trimmed.count <= 3 else { return false }
    let run = trimmed.prefix(while: { $0 == marker }).count
    return run >= length && trimmed.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
  }
}
