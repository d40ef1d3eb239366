import Foundation
import SOPKit
import Yams

/// The SOP ids of a library directory, read from each `*.md` file's front matter `id:`.
/// A stand-in until SOPKit's library loader is wired in (the lead swaps it then).
enum SOPIDs {
  /// The ids found, or nil when the directory holds no `*.md` files.
  static func read(directory: String) throws -> Set<String>? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let files = names.filter { $0.hasSuffix(".md") }.sorted()
    guard !files.isEmpty else { return nil }
    var ids: Set<String> = []
    for name in files {
      let text = try SourceFile.read("\(directory)/\(name)").text
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      guard lines.first == "---",
        let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." })
      else { continue }
      let yaml = lines[1..<close].joined(separator: "\n")
      if let front = try? Yams.load(yaml: yaml) as? [String: Any], let id = front["id"] as? String {
        ids.insert(id)
      }
    }
    return ids
  }
}
