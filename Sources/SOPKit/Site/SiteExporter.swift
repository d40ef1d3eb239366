import Foundation

/// Writes a library as a static site that works from `file://`: `index.html` grouped by tag
/// with search-as-you-type (`search.js`, optional), and one standalone page per SOP with a
/// link back, language switches and `sop:ID` links pointing at the other pages.
public enum SiteExporter {
  /// Writes the site into `folder` (created if needed) and returns the index file.
  public static func export(_ library: SOPLibrary, to folder: URL) throws(SOPError) -> URL {
    try write(Data(), to: folder, createFolder: true)
    let pages = pageNames(library.documents)
    for document in library.documents {
      let versions = library.languageVersions(of: document)
      let languageLinks = versions.compactMap { version -> PageOptions.LanguageLink? in
        guard let page = pages[version.path] else { return nil }
        return .init(language: version.language, href: page, isCurrent: version.path == document.path)
      }
      let options = PageOptions(indexLink: "index.html", languageLinks: languageLinks)
      let html = SOPRenderer.standalonePage(document, options: options)
      try write(Data(html.utf8), to: folder.appendingPathComponent(pages[document.path] ?? "page.html"))
    }
    let index = folder.appendingPathComponent("index.html")
    try write(Data(SiteIndex(documents: library.documents, pages: pages).html.utf8), to: index)
    try write(Data(SiteIndex.script.utf8), to: folder.appendingPathComponent(SiteIndex.scriptName))
    return index
  }

  /// Page file per document path: `ID.html` for an SOP with an id of its own, else a name
  /// from the file, so `sop:ID` links and the index agree.
  static func pageNames(_ documents: [SOPDocument]) -> [String: String] {
    var names: [String: String] = [:]
    var used: Set<String> = []
    for document in documents {
      var name: String
      if let id = document.id, !used.contains(SOPReference.pageName(for: id)) {
        name = SOPReference.pageName(for: id)
      } else {
        let stem = URL(fileURLWithPath: document.path).deletingPathExtension().lastPathComponent
        name = "file-\(Slug.make(stem)).html"
        var counter = 2
        while used.contains(name) {
          name = "file-\(Slug.make(stem))-\(counter).html"
          counter += 1
        }
      }
      used.insert(name)
      names[document.path] = name
    }
    return names
  }

  private static func write(_ data: Data, to url: URL, createFolder: Bool = false) throws(SOPError) {
    do {
      if createFolder {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      } else {
        try data.write(to: url, options: .atomic)
      }
    } catch {
      throw .cannotWrite(path: url.path, reason: (error as NSError).localizedDescription)
    }
  }
}
