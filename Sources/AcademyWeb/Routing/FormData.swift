import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body (or query string) as ordered key/value pairs.
struct FormData: Sendable {
  private(set) var pairs: [(key: String, value: String)] = []

  init() {}

  init(encoded: String) {
    for part in encoded.split(separator: "&", omittingEmptySubsequences: true) {
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.decode(pieces[0])
      let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
      pairs.append((key, value))
    }
  }

  /// Reads a POST body: forms only, within the context's upload limit.
  static func read(_ request: Request, context: WebContext) async throws -> FormData {
    let type = request.headers[.contentType] ?? ""
    guard type.isEmpty || type.hasPrefix("application/x-www-form-urlencoded") else {
      throw PageError.badRequest("send the form as application/x-www-form-urlencoded")
    }
    let buffer = try await request.body.collect(upTo: context.maxUploadSize)
    return FormData(encoded: String(buffer: buffer))
  }

  /// The first value of `key`, trimmed; nil when absent or blank.
  subscript(_ key: String) -> String? {
    guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The first value of `key` exactly as sent (Markdown keeps its whitespace).
  func raw(_ key: String) -> String? { pairs.first(where: { $0.key == key })?.value }

  /// Every value of `key` (checkboxes, multi-selects).
  func values(_ key: String) -> [String] { pairs.filter { $0.key == key }.map(\.value) }

  /// The value of `key`, or a clear error naming the field.
  func required(_ key: String, label: String? = nil) throws -> String {
    guard let value = self[key] else { throw PageError.missingField(label ?? key) }
    return value
  }

  private static func decode(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }
}
