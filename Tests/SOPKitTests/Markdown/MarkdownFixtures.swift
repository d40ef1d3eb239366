import Foundation
import Testing

/// The Markdown fixtures (`Fixtures/markdown/`): inputs with the HTML cmark 0.30.2 printed
/// for them (see `regenerate.sh` there).
enum MarkdownFixtures {
  struct Sample: CustomTestStringConvertible, Sendable {
    var name: String
    var markdown: String
    var expectedHTML: String
    var testDescription: String { name }
  }

  static var directory: URL {
    get throws {
      let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
      return fixtures.appendingPathComponent("markdown")
    }
  }

  /// Every `NAME.md` with its `NAME.html` in `folder`, sorted by name.
  static func samples(in folder: String) throws -> [Sample] {
    let folderURL = try directory.appendingPathComponent(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
      .filter { $0.hasSuffix(".md") }
      .sorted()
    return try names.map { name in
      let base = String(name.dropLast(3))
      return Sample(
        name: base,
        markdown: try String(contentsOf: folderURL.appendingPathComponent(name), encoding: .utf8),
        expectedHTML: try String(
          contentsOf: folderURL.appendingPathComponent(base + ".html"), encoding: .utf8))
    }
  }

  /// `html` with the heading anchors removed (`<h2 id="x">` -> `<h2>`), the one deliberate
  /// difference from cmark on CommonMark input.
  static func withoutHeadingIDs(_ html: String) -> String {
    html.replacing(/<h([1-6]) id="[^"]*">/) { match in "<h\(match.output.1)>" }
  }
}
