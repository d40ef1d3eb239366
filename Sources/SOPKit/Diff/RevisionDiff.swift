import Foundation

/// The difference between two revisions of one SOP: line diff of the Markdown, structural
/// summary and the class the newer one would get against the older.
public struct RevisionDiff: Sendable, Hashable, Codable {
  /// The SOP id.
  public var sopID: String
  /// Label of the old revision.
  public var from: String
  /// Label of the new revision.
  public var to: String
  /// Sections and steps added, removed, changed.
  public var summary: StructuralSummary
  /// `editorial` or `procedural`, with its reason.
  public var changeClass: ChangeClass
  /// Why.
  public var basis: String
  /// Every line, kept, removed or added.
  public var lines: [DiffLine]

  /// Diffs two file texts.
  public init(sopID: String, from: String, old: String, to: String, new: String) {
    self.sopID = sopID
    self.from = from
    self.to = to
    summary = StructuralSummary(old: SOPOutline(fileText: old), new: SOPOutline(fileText: new))
    (changeClass, basis) = ChangeClassifier.classify(old: old, new: new)
    lines = LineDiff.diff(old, new)
  }

  /// Groups of changed lines with `context` kept lines around each.
  public func hunks(context: Int = 3) -> [[DiffLine]] {
    let changed = lines.indices.filter { lines[$0].kind != .same }
    var ranges: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - context)...min(lines.count - 1, index + context)
      if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
        ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        ranges.append(range)
      }
    }
    return ranges.map { Array(lines[$0]) }
  }

  /// Summary lines then a unified diff.
  public var text: String {
    var out = "\(sopID) \(from) -> \(to): \(changeClass.rawValue) (\(basis))\n"
    out += summaryLines.map { "  \($0)\n" }.joined()
    out += "--- \(sopID) \(from)\n+++ \(sopID) \(to)\n"
    for hunk in hunks() {
      let oldStart = hunk.first(where: { $0.oldLine != nil })?.oldLine ?? 0
      let newStart = hunk.first(where: { $0.newLine != nil })?.newLine ?? 0
      let oldCount = hunk.filter { $0.kind != .added }.count
      let newCount = hunk.filter { $0.kind != .removed }.count
      out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
      for line in hunk {
        let mark = line.kind == .same ? " " : line.kind == .added ? "+" : "-"
        out += mark + line.text + "\n"
      }
    }
    return out
  }

  /// The JSON form (sorted keys, pretty-printed).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  /// A self-contained HTML fragment: summary list and a table of changed hunks.
  public var html: String {
    var out = "<section class=\"sop-diff\">\n"
    out += "<h2>\(escape(sopID)) \(escape(from)) → \(escape(to))</h2>\n"
    out += "<p class=\"change-\(changeClass.rawValue)\">\(changeClass.rawValue): \(escape(basis))</p>\n<ul>\n"
    out += summaryLines.map { "<li>\(escape($0))</li>\n" }.joined()
    out += "</ul>\n<table class=\"diff\">\n"
    for hunk in hunks() {
      out += "<tbody>\n"
      for line in hunk {
        let old = line.oldLine.map(String.init) ?? ""
        let new = line.newLine.map(String.init) ?? ""
        out += "<tr class=\"\(line.kind.rawValue)\"><td>\(old)</td><td>\(new)</td>"
        out += "<td><code>\(escape(line.text))</code></td></tr>\n"
      }
      out += "</tbody>\n"
    }
    return out + "</table>\n</section>\n"
  }

  var summaryLines: [String] {
    let parts: [(String, [String])] = [
      ("sections added", summary.sectionsAdded), ("sections removed", summary.sectionsRemoved),
      ("sections changed", summary.sectionsChanged), ("steps added", summary.stepsAdded),
      ("steps removed", summary.stepsRemoved), ("steps changed", summary.stepsChanged),
    ]
    var lines = parts.filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" }
    if summary.processSettingsChanged { lines.append("process settings changed") }
    return lines.isEmpty ? ["no structural change"] : lines
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
