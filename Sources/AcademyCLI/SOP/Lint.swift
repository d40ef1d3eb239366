import ArgumentParser
import Foundation
import SOPKit

extension Academy.SOP {
  /// `academy sop lint PATH...`: checks SOP files against the format and the lint rules.
  struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check SOP files against the format and the lint rules (docs/lint-rules.md).",
      discussion: "Exits 0 when there are no errors (warnings allowed), 1 when there are errors."
    )

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Argument(help: "SOP files or folders (folders are searched recursively for *.md).")
    var paths: [String]

    @Option(help: "Output format: text (path:line:col: severity: message [rule]) or json.")
    var format: Format = .text

    func validate() throws {
      if paths.isEmpty { throw ValidationError("Give at least one SOP file or folder.") }
    }

    func run() async throws {
      let library = SOPLibrary.load(paths)
      let findings = SOPLinter.lint(library)
      FileHandle.standardOutput.write(Data(try Self.report(findings, format: format).utf8))
      // Files that could not be read count too: they are in the report as `file` findings.
      let unreadable = library.findings.filter { $0.rule == "file" }.count
      FileHandle.standardError.write(
        Data((Self.summary(findings, files: library.documents.count + unreadable) + "\n").utf8))
      if findings.hasErrors { throw ExitCode.failure }
    }

    /// The findings as printed on standard output.
    static func report(_ findings: [Finding], format: Format) throws -> String {
      switch format {
      case .text:
        return findings.map { $0.formatted + "\n" }.joined()
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(findings), as: UTF8.self) + "\n"
      }
    }

    /// `3 files: 1 error, 2 warnings`.
    static func summary(_ findings: [Finding], files: Int) -> String {
      let errors = findings.filter { $0.severity == .error }.count
      let warnings = findings.count - errors
      return "\(counted(files, "file")): \(counted(errors, "error")), \(counted(warnings, "warning"))"
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
  }
}
