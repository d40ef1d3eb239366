import ArgumentParser
import Foundation
import SOPKit

extension Academy.SOP {
  /// `academy sop export DIR --out OUT`: writes the library as a static site.
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export a folder of SOPs as a static HTML site that works from file://."
    )

    @Argument(help: "Folder of SOP Markdown files (searched recursively).")
    var folder: String

    @Option(help: "Folder to write the site into (created if needed).")
    var out: String

    func validate() throws {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("'\(folder)' is not a folder; give the folder that holds the SOPs.")
      }
    }

    func run() async throws {
      let library = SOPLibrary.load([folder])
      // Unreadable files are left out of the site; say which so nobody wonders where they went.
      for finding in library.findings where finding.rule == "file" {
        FileHandle.standardError.write(Data((finding.formatted + "\n").utf8))
      }
      let index = try SiteExporter.export(library, to: URL(fileURLWithPath: out))
      print("Wrote \(library.documents.count) SOP pages; open \(index.path)")
    }
  }
}
