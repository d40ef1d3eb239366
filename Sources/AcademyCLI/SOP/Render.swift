import ArgumentParser
import Foundation
import SOPKit

extension Academy.SOP {
  /// `academy sop render FILE`: prints an SOP as HTML (fragment or standalone page) or JSON.
  struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Render an SOP as an HTML fragment, a standalone HTML page, or JSON."
    )

    /// What is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, json
    }

    @Argument(help: "The SOP Markdown file.")
    var file: String

    @Flag(help: "Print a complete HTML page (metadata panel, contents, embedded CSS) instead of a fragment.")
    var standalone = false

    @Option(help: "Output format: html, or json (metadata, outline, process steps and the HTML fragment).")
    var format: Format = .html

    func validate() throws {
      if standalone && format == .json {
        throw ValidationError("--standalone applies to --format html only.")
      }
    }

    func run() async throws {
      let source = try SourceFile.read(file)
      // One write of the bytes: printing a multi-megabyte String line by line is what makes
      // a renderer slow next to `cmark`.
      FileHandle.standardOutput.write(
        Data(try Self.output(source, standalone: standalone, format: format).utf8))
    }

    /// The text printed for `source`.
    static func output(_ source: SourceFile, standalone: Bool, format: Format) throws -> String {
      switch format {
      case .html where !standalone:
        do {
          return try SOPRenderer.fragment(source)
        } catch {
          throw SOPError.unparsable(path: source.path, reason: error.localizedDescription)
        }
      case .html:
        return SOPRenderer.standalonePage(SOPDocument.parse(source).document)
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let summary = SOPRenderer.summary(SOPDocument.parse(source).document)
        return String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
      }
    }
  }
}
