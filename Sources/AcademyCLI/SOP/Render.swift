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

    // On the main actor: rendering is synchronous, and a worker thread's malloc arena grows
    // by mprotect page by page (thousands of syscalls on a 4 MB SOP).
    @MainActor
    func run() async throws {
      let source = try SourceFile.read(file)
      try Self.write(Self.output(source, standalone: standalone, format: format))
    }

    /// Runs `sop render FILE` spelled exactly so (no option, FILE not starting with `-`)
    /// without argument-parser, whose command tree and protocol-conformance lookups cost
    /// more than rendering a typical SOP. Returns false, having printed nothing, for any
    /// other arguments or when the file cannot be read or parsed: the parsed command then
    /// runs and reports exactly as it always has.
    @MainActor
    static func runUnparsed(_ arguments: [String]) -> Bool {
      guard arguments.count == 3, arguments[0] == "sop", arguments[1] == "render",
        let file = arguments.last, !file.isEmpty, !file.hasPrefix("-"), file != "help",
        let bytes = try? SOPRenderer.fragmentBytes(ofFile: file)
      else { return false }
      do {
        try write(bytes)
      } catch {
        Academy.exit(withError: error)
      }
      return true
    }

    /// Writes `output` to standard output in one go, never a multi-megabyte `String`
    /// printed line by line: that is what makes a renderer slow next to `cmark`.
    private static func write(_ output: [UInt8]) throws {
      try output.withUnsafeBytes { bytes in
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        let data = Data(
          bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: bytes.count, deallocator: .none)
        try FileHandle.standardOutput.write(contentsOf: data)
      }
    }

    /// The UTF-8 bytes printed for `source`.
    static func output(_ source: SourceFile, standalone: Bool, format: Format) throws -> [UInt8] {
      switch format {
      case .html where !standalone:
        do {
          return try SOPRenderer.fragmentBytes(source)
        } catch {
          throw SOPError.unparsable(path: source.path, reason: error.localizedDescription)
        }
      case .html:
        return Array(SOPRenderer.standalonePage(SOPDocument.parse(source).document).utf8)
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let summary = SOPRenderer.summary(SOPDocument.parse(source).document)
        return Array(try encoder.encode(summary)) + [UInt8(ascii: "\n")]
      }
    }
  }
}
