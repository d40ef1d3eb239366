import Foundation

/// Why a Markdown body could not be turned into a document tree.
public enum MarkdownError: Error, Sendable, Equatable {
  /// libcmark returned no document (out of memory).
  case parserFailed
  /// Blocks nest deeper than the limit (block quotes or lists inside each other).
  case nestedTooDeep(line: Int, limit: Int)
}

extension MarkdownError: LocalizedError {
  /// A message that says what is wrong and what to do.
  public var errorDescription: String? {
    switch self {
    case .parserFailed:
      return "libcmark could not parse the document (out of memory?); try a smaller file"
    case .nestedTooDeep(let line, let limit):
      return "line \(line): blocks nest more than \(limit) levels deep; flatten the quotes or lists"
    }
  }
}
